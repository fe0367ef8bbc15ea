/**
 * @module features/training/guide
 * A guide's Markdown as HTML that is safe to show: markdown-it with raw HTML off escapes any tag a
 * manager types, and its link check refuses `javascript:`, `vbscript:`, `file:` and `data:` links.
 */
import MarkdownIt from "markdown-it";

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

export const renderGuide = (markdown: string) => md.render(markdown);
