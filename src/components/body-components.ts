/**
 * What every MDX body can use without an import: pages render `<Content components={bodyComponents} />`.
 * `img` draws Markdown images; the names the content check accepts are in src/lib/body-components.ts.
 */
import type { BODY_COMPONENTS } from '~/lib/body-components';
import BodyImage from './BodyImage.astro';
import Figure from './Figure.astro';

export const bodyComponents = { img: BodyImage, Figure } satisfies Record<
  keyof typeof BODY_COMPONENTS | 'img',
  unknown
>;
