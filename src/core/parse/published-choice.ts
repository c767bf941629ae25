/** A date a page shows, with the rank of the place it stands (lower is more trusted; see RANK). */
export interface DateCandidate {
  iso: string;
  rank: number;
}

/**
 * The page's published date: the best-ranked date it shows. When the best rank holds dates that
 * disagree (a site's stale clock in the header beside the story's own timestamp), the one that
 * another place on the page also gives (the crawl marker, the URL, the dateline; an update note
 * never) is the story's;
 * failing that, the first. Null when the page shows no date.
 */
export function choosePublished(dates: readonly DateCandidate[], updatedRank: number): string | null {
  if (dates.length === 0) return null;
  const best = Math.min(...dates.map((d) => d.rank));
  const top = dates.filter((d) => d.rank === best);
  if (top.every((d) => d.iso === top[0]!.iso)) return top[0]!.iso;
  // An update's date tells when the story changed, never when it came out: it confirms nothing.
  const confirms = (o: DateCandidate) => o.rank !== best && o.rank !== updatedRank;
  const corroborated = top.find((d) => dates.some((o) => confirms(o) && o.iso === d.iso));
  return (corroborated ?? top[0]!).iso;
}
