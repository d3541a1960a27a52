/**
 * How the site typesets math, read from the HTML the site includes (`_includes`, layouts) and its
 * `_config.yml`. What matters to a post is whether a single `$` opens inline math there: on such
 * a site (many minimal-mistakes blogs add MathJax that way; Chirpy's MathJax does it too) every
 * literal dollar must be kept away from the math engine, or `$5 … $10` becomes math.
 */
export interface SiteMath {
	/** The engine the site loads, when it loads one we recognise. */
	engine: "mathjax" | "katex" | null;
	/** A single `$` opens inline math on this site. */
	singleDollar: boolean;
}

/** The site files that may load or configure a math engine, in the places the common themes use. */
export const MATH_INCLUDE_PATHS = [
	"_includes/head/custom.html",
	"_includes/footer/custom.html",
	"_includes/scripts.html",
	"_includes/head.html",
	"_includes/custom-head.html",
	"_includes/footer.html",
	"_includes/mathjax.html",
	"_includes/mathjax_support.html",
	"_includes/math.html",
	"_includes/katex.html",
	"_includes/js-selector.html",
	"_layouts/default.html",
	"_layouts/post.html",
] as const;

// `['$','$']` in a MathJax `inlineMath` list, `{left: "$", right: "$"}` in KaTeX's delimiters.
const DOLLAR_PAIR = /\[\s*(['"])\$\1\s*,\s*(['"])\$\2\s*\]/;
const KATEX_DOLLAR = /left\s*:\s*(['"])\$\1\s*,\s*right\s*:\s*(['"])\$\2\s*,\s*display\s*:\s*false/;
const CHIRPY_THEME = /(^|\/)jekyll-theme-chirpy$/;

/**
 * `includes`: the texts of the files in MATH_INCLUDE_PATHS that exist. `theme`: the site's
 * `theme` or `remote_theme`; Chirpy's own MathJax configuration reads single dollars.
 */
export function detectSiteMath(includes: readonly string[], theme: string | null): SiteMath {
	const text = includes.join("\n");
	const mathjax = /mathjax/i.test(text);
	const katex = /katex/i.test(text);
	if (theme && CHIRPY_THEME.test(theme.trim()) && !katex) return { engine: "mathjax", singleDollar: true };
	if (mathjax) return { engine: "mathjax", singleDollar: DOLLAR_PAIR.test(text) };
	if (katex) return { engine: "katex", singleDollar: KATEX_DOLLAR.test(text) || DOLLAR_PAIR.test(text) };
	return { engine: null, singleDollar: false };
}
