/**
 * Components every MDX body may use without an import line, because the pages hand them to
 * `<Content components={…}>` (src/components/body-components.ts). The content check reads the
 * attributes here: which a component takes, which it needs, and which names a picture.
 */
export const BODY_COMPONENTS = {
  Figure: {
    attributes: ['image', 'alt', 'caption'],
    required: ['image', 'alt'],
    /** The attribute naming a picture in content/images/. */
    picture: 'image',
    example:
      'write <Figure image="queue-chart.png" alt="what the picture shows" caption="what it means" />',
  },
} as const;

/** The names, for the check that a tag is defined. */
export const BODY_COMPONENT_NAMES: ReadonlySet<string> = new Set(Object.keys(BODY_COMPONENTS));
