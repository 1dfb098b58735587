// Generic signs of page furniture (not article text), as data. Written for this project from how news CMSs
// commonly name things (WordPress, Arc, Drupal, Brightspot, …); no site-specific rules. Matched against the
// tokens of an element's class and id (split on non-letters and camelCase, lower-cased).

/** Elements that never hold article text. */
export const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'picture', 'img', 'button', 'input', 'select', 'textarea', 'option', 'label', 'nav', 'aside', 'footer', 'menu',
  'figcaption', 'dialog', 'link', 'meta', 'head', 'map', 'area', 'source', 'track',
]);

/** ARIA roles of furniture. */
export const DROP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'menu', 'menubar', 'search', 'toolbar', 'tablist', 'alert']);

/** Whole class/id tokens that mark furniture. */
export const FURNITURE_TOKENS = new Set([
  // reader comments
  'comment', 'comments', 'disqus', 'respond', 'replies', 'discussion', 'livefyre', 'coral', 'talk', 'vf',
  // related stories and recirculation
  'related', 'relatedposts', 'recommended', 'recommendations', 'recirc', 'recirculation', 'outbrain', 'taboola',
  'trending', 'popular', 'mostpopular', 'mostread', 'morestories', 'readmore', 'readnext', 'upnext', 'seealso', 'alsoread', 'teaser', 'teasers', 'more',
  // sharing and social
  'share', 'shares', 'sharing', 'sharebar', 'social', 'sociallinks', 'addthis', 'sharethis', 'follow',
  // consent, subscription, sign-up, donation appeals, syndication notes
  'donate', 'donation', 'donations', 'syndication', 'cookie', 'cookies', 'consent', 'gdpr', 'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'login', 'register', 'paywall', 'meter', 'piano', 'regwall',
  // ads and promotion
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adsense', 'adunit', 'adslot', 'dfp', 'gpt', 'sponsor', 'sponsored', 'promo', 'promotion', 'commercial', 'affiliate', 'native',
  // navigation and page frame
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'sidebar', 'rail', 'widget', 'widgets', 'masthead', 'footer', 'pagination', 'pager', 'toolbar', 'skip', 'jump', 'toc',
  // media furniture and metadata lines (embedded players of other stories)
  'video', 'caption', 'captions', 'figcaption', 'credit', 'credits', 'gallery', 'slideshow', 'carousel', 'lightbox', 'thumbnail', 'thumbnails',
  'byline', 'bylines', 'author', 'authors', 'bio', 'dateline', 'timestamp', 'tags', 'tag', 'topics', 'keywords', 'categories',
  // overlays and hidden helpers
  'modal', 'popup', 'overlay', 'sronly', 'srOnly', 'invisible', 'offscreen', 'visuallyhidden', 'screenreader',
]);

/** Substrings that mark furniture even inside a longer token (relatedArticles, commentlist, sharebuttons). */
export const FURNITURE_SUBSTRINGS = ['comment', 'related', 'share', 'social', 'newsletter', 'cookie', 'advert', 'sponsor', 'promo', 'outbrain', 'taboola', 'breadcrumb', 'sidebar', 'subscribe', 'signup', 'recirc', 'trending', 'popular'];

/** Tokens that mark the opening of the story (the lede, the first paragraph with its dateline, the standfirst):
 * a class word that holds one of them is story content even when another of its parts reads like furniture
 * ("dateline-first", "lede-dateline", "intro-byline"). */
export const LEAD_TOKENS = new Set(['lede', 'lead', 'leadin', 'intro', 'introduction', 'first', 'standfirst', 'opener', 'opening']);

/** Second parts that make an "author-…" class an author box (furniture), not a CMS taxonomy class ("author-jane"). */
export const AUTHOR_BOX_PARTS = new Set(['box', 'bio', 'info', 'card', 'block', 'profile', 'details', 'wrap', 'wrapper', 'footer', 'about']);

/** Tokens that mark the article body itself: protect it, and favour it when scoring. */
export const CONTENT_TOKENS = new Set([
  'article', 'articlebody', 'articletext', 'articlecontent', 'story', 'storybody', 'storytext', 'storycontent', 'entry', 'entrycontent',
  'post', 'postbody', 'postcontent', 'posttext', 'content', 'maincontent', 'body', 'bodytext', 'text', 'main', 'blog', 'news', 'richtext', 'prose',
]);

/** Two-token body markers ("article-body", "entry-content"…) that override furniture tokens elsewhere in the class. */
export const CONTENT_PAIRS = /(?:^|\s)(article|story|entry|post|news|main)[\s]?(body|content|text)(?:\s|$)/;

/** Whole lines that are furniture whatever their markup: "Advertisement", "Read more", "Share this"… */
export const FURNITURE_LINES = new RegExp('^(?:' + [
  'advertisement', 'advertising', 'advert', 'ad', 'sponsored( content)?', 'story continues below( advertisement)?',
  'continue reading( below| the main story)?', 'read more', 'read more:.*', 'related:.*', 'related (stories|articles|coverage|content)',
  'see also:?.*', 'also read:?.*', 'share( this( article| story)?)?', 'share on (facebook|twitter)', 'tweet', 'email', 'print',
  'follow us.*', 'sign up.*', 'subscribe.*', 'click here.*', 'get the latest.*', 'recommended( for you)?', 'more from.*',
  'photo:.*', 'image:.*', 'pictured:.*', 'image (source|copyright).*', 'getty images', 'reuters', 'ap photo.*',
  'you (may|might) also like.*', '(published|updated|posted|last updated)( on)?:.*', 'most (read|popular|viewed)', 'trending( now)?', 'comments?', 'leave a (comment|reply)', 'loading\\W*', 'our standards:.*',
].join('|') + ')\\W*$', 'i');
