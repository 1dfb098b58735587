// Headings that introduce page furniture rather than story: related-story teasers, "read more" boxes, reader
// comments. Written for this project from how news sites in these languages commonly label such blocks; matched
// against a heading's whole text (lower-cased, trailing colon, arrows and "(12)" counts removed), never a part of it.

/** Headings of related-story and recirculation blocks, by language. */
export const RELATED_HEADINGS: Record<string, string[]> = {
  en: [
    'related', 'related articles', 'related stories', 'related news', 'related content', 'related coverage', 'related links',
    'related posts', 'related reading', 'read more', 'read next', 'read also', 'also read', 'see also', 'more on this',
    'more on this story', 'more on this topic', 'more on this subject', 'more stories', 'more news', 'more from us',
    'you may also like', 'you might also like', 'you may be interested in', 'recommended', 'recommended for you',
    'recommended stories', 'further reading', 'most read', 'most popular', 'most viewed', 'trending now',
    'top stories', 'editor\'s picks', 'editors\' picks', 'don\'t miss', 'in other news', 'what to read next',
  ],
  ru: [
    'читайте также', 'читайте еще', 'читайте ещё', 'по теме', 'еще по теме', 'ещё по теме', 'смотрите также', 'см. также',
    'другие новости', 'похожие новости', 'похожие материалы', 'новости по теме', 'материалы по теме', 'рекомендуем',
    'популярное', 'самое читаемое', 'самое популярное', 'выбор редакции', 'вам может быть интересно', 'последние новости',
  ],
  fr: ['à lire aussi', 'a lire aussi', 'lire aussi', 'sur le même sujet', 'voir aussi', 'les plus lus', 'à voir aussi'],
  es: ['lea también', 'lee también', 'te puede interesar', 'noticias relacionadas', 'relacionado', 'relacionadas', 'ver también', 'lo más leído'],
  pt: ['leia também', 'veja também', 'notícias relacionadas', 'relacionadas', 'mais lidas'],
  de: ['mehr zum thema', 'auch interessant', 'das könnte sie auch interessieren', 'lesen sie auch', 'meistgelesen'],
  it: ['leggi anche', 'potrebbe interessarti', 'articoli correlati', 'i più letti'],
};

/** Headings of reader-comment sections, by language. */
export const COMMENT_HEADINGS: Record<string, string[]> = {
  en: [
    'comments', 'reader comments', 'readers\' comments', 'readers comments', 'reader\'s comments', 'readers\' views',
    'comments from readers', 'your comments', 'leave a comment', 'leave a reply', 'post a comment', 'add a comment',
    'join the conversation', 'join the discussion', 'have your say',
  ],
  ru: ['комментарии', 'комментарии читателей', 'мнения читателей', 'отзывы читателей', 'обсуждение', 'оставить комментарий', 'ваш комментарий'],
  fr: ['commentaires', 'réactions', 'laisser un commentaire'],
  es: ['comentarios', 'deja un comentario'],
  pt: ['comentários', 'deixe um comentário'],
  de: ['kommentare', 'leserkommentare'],
  it: ['commenti', 'lascia un commento'],
};
