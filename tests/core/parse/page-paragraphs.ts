// Made-up pages: invented people, places and outlets, in the shapes news pages print. Three body
// paragraphs around which the page-shape tests place their furniture.
export const LEAD =
  'Trade Minister Aiko Tanaka said on Tuesday that the government would seek lower duties on machine tools in the coming round of talks with Lakeland.';
export const SECOND =
  '“We will not accept a deal that hurts our farmers,” Tanaka told reporters in Osaka after the meeting on machine tools.';
export const THIRD =
  'Tanaka said the duties on machine tools had cost exporters about 2 billion dollars since the spring, according to ministry figures.';
