/**
 * What a channel's digest is narrowed to. Null means "no filter"; the shape matches what the
 * subscription store keeps, so a stored filter is passed as it is.
 */
export interface ChannelFilter {
  person: string | null;
  topic: string | null;
}

/** "person: Scott Bessent, topic: autos", or null when the digest is not narrowed. */
export function describeFilter(filter: ChannelFilter): string | null {
  const parts = [
    ...(filter.person ? [`person: ${filter.person}`] : []),
    ...(filter.topic ? [`topic: ${filter.topic}`] : []),
  ];
  return parts.length ? parts.join(', ') : null;
}
