/**
 * new RegExp under a short name: the detector files build ~60 patterns from sources, and a bundle
 * keeps each `new RegExp(` whole; an imported name is minified to a few characters.
 */
export const regex = (source: string, flags?: string): RegExp => new RegExp(source, flags);
