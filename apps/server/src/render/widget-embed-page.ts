import { DEFAULT_HIGHLIGHT } from './widget-css.js';
import { FRAME_HEIGHT } from './widget-embed-js.js';

/** The widget's defaults: a snippet names only the choices that differ from them. */
export const WIDGET_DEFAULTS: Record<string, string> = {
  importance: 'major',
  size: 'full',
  theme: 'light',
  highlight: DEFAULT_HIGHLIGHT,
  radius: '6',
  font: 'system',
  accent: '#0b5e3b',
  border: '0',
  weekstart: '',
};

/** The embed page's form fields, in snippet order; their names are the widget's query parameters. */
export const EMBED_FIELDS = [
  'lang',
  'traditions',
  'importance',
  'size',
  'theme',
  'highlight',
  'radius',
  'font',
  'accent',
  'border',
  'weekstart',
];

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The three ways to embed, as text to copy. Mirrored by EMBED_PAGE_JS for the live preview, which a test
 * compares with this output. The plain iframe gets a default height for a busy month until the preview
 * measures the month shown (`height`); embed.js needs none.
 */
export function embedSnippets(
  origin: string,
  choices: [string, string][],
  title: string,
  height?: number,
): { iframe: string; script: string; element: string } {
  const attributes = (prefix: string) =>
    choices.map(([key, value]) => ` ${prefix}${key}="${escapeAttribute(value)}"`).join('');
  const query = new URLSearchParams(choices).toString();
  const compact = choices.some(([key, value]) => key === 'size' && value === 'compact');
  const frameHeight = height ?? (compact ? FRAME_HEIGHT.compact : FRAME_HEIGHT.full);
  return {
    iframe: `<iframe src="${escapeAttribute(`${origin}/widget/month?${query}`)}" title="${escapeAttribute(title)}" width="100%" height="${frameHeight}" style="border:0" loading="lazy"></iframe>`,
    script: `<script src="${origin}/embed.js"${attributes('data-')} async></script>`,
    element: `<script src="${origin}/embed.js" async></script>\n<interkal-month${attributes('')}></interkal-month>`,
  };
}

/** Styles of the embed page beyond the site's (served as /widget/embed-page.css: no inline styles). */
export const EMBED_PAGE_CSS = `.embed-grid{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr))}
.embed-grid iframe{display:block;width:100%;height:${FRAME_HEIGHT.full}px;border:1px solid var(--line);border-radius:.5rem}
.embed-grid iframe.compact{height:${FRAME_HEIGHT.compact}px}
.embed-form fieldset{margin:0 0 .75rem}
.embed-form label{display:inline-flex;gap:.3rem;align-items:center;margin:.15rem .8rem .15rem 0}
.height-note{font-size:.9rem}
.snippet textarea{display:block;width:100%;min-height:5.5rem;font:.85rem/1.4 ui-monospace,monospace;padding:.4rem;border:1px solid var(--muted);border-radius:.3rem}
.snippet label{display:block;font-weight:600;margin:.75rem 0 .25rem}
.embed-form input[type=number]{width:5rem}
.embed-form select,.embed-form input{font:inherit}
`;

/** Live preview on the embed page: every change redraws the preview and rewrites the snippets. */
export const EMBED_PAGE_JS = `(function () {
  var form = document.getElementById('embed-form');
  if (!form) return;
  var DEFAULTS = ${JSON.stringify(WIDGET_DEFAULTS)};
  var FIELDS = ${JSON.stringify(EMBED_FIELDS)};
  var TITLES = JSON.parse(form.getAttribute('data-titles'));
  var preview = document.getElementById('preview');
  var PREVIEW = JSON.parse(form.getAttribute('data-preview'));
  var HEIGHTS = ${JSON.stringify(FRAME_HEIGHT)};
  var measured = 0;
  function escape(value) { return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;'); }
  function update() {
    var data = new FormData(form);
    var choices = [];
    FIELDS.forEach(function (key) {
      var value = data.getAll(key).join(',');
      if (value && value !== DEFAULTS[key]) choices.push([key, value]);
    });
    var query = String(new URLSearchParams(choices));
    var attributes = function (prefix) {
      return choices.map(function (c) { return ' ' + prefix + c[0] + '="' + escape(c[1]) + '"'; }).join('');
    };
    var height = measured || (data.get('size') === 'compact' ? HEIGHTS.compact : HEIGHTS.full);
    var origin = location.origin;
    var title = TITLES[data.get('lang')] || TITLES.de;
    var previewQuery = String(new URLSearchParams(choices.concat(PREVIEW)));
    if (preview.getAttribute('src') !== '/widget/month?' + previewQuery) {
      measured = 0;
      preview.src = '/widget/month?' + previewQuery;
    }
    document.getElementById('snippet-iframe').value = '<iframe src="' + escape(origin + '/widget/month?' + query) +
      '" title="' + escape(title) + '" width="100%" height="' + height + '" style="border:0" loading="lazy"></iframe>';
    document.getElementById('snippet-script').value = '<script src="' + origin + '/embed.js"' + attributes('data-') +
      ' async></' + 'script>';
    document.getElementById('snippet-element').value = '<script src="' + origin + '/embed.js" async></' +
      'script>\\n<interkal-month' + attributes('') + '></interkal-month>';
  }
  form.addEventListener('change', update);
  form.addEventListener('input', update);
  // The preview reports its height (widget.js); the frame and the iframe snippet take it, rounded up.
  addEventListener('message', function (e) {
    if (e.source !== preview.contentWindow || !e.data || e.data.interkal !== 'height') return;
    var height = Number(e.data.height);
    if (!(height > 0 && height < 10000)) return;
    preview.style.height = Math.ceil(height) + 'px';
    measured = Math.ceil((height + 8) / 10) * 10;
    update();
  });
})();
`;
