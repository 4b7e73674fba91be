/**
 * Writes an article file in the site's own style: frontmatter with quoted
 * title and description, plain date and slug, topics as `[a, b]`, then the
 * MDX body. The `yaml` package does the quoting, so titles with colons,
 * quotes or `#` stay text.
 */
import { Document, Scalar, type YAMLSeq } from 'yaml';

export interface ArticleFields {
  title: string;
  description: string;
  /** YYYY-MM-DD */
  date: string;
  slug?: string;
  topics: string[];
}

export function articleFile(fields: ArticleFields, body: string): string {
  const data: Record<string, unknown> = {
    title: fields.title,
    description: fields.description,
    date: fields.date,
  };
  if (fields.slug) data.slug = fields.slug;
  data.topics = fields.topics;
  const doc = new Document(data);
  for (const key of ['title', 'description'])
    (doc.get(key, true) as Scalar).type = Scalar.QUOTE_DOUBLE;
  (doc.get('topics', true) as YAMLSeq).flow = true;
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `---\n${yaml}---\n${body ? `\n${body}` : ''}`;
}
