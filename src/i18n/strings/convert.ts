import { defineMessages } from "./bundle";

/**
 * Warnings and errors the converter reports about a note (publish report, notices, preview).
 * Keys are `convert.<code>` of ConvertWarning / NoteError; warnings carry their params, errors
 * get `{message}` (the converter's English detail, e.g. the YAML parser's reason).
 */
export const convertMessages = defineMessages({
	en: {
		"convert.unpublished-link": "Link to “{target}”, which is not published, became plain text.",
		"convert.unpublished-embed": "“{target}” is not published, so its embed was left out of the post.",
		"convert.permalink-taken": "The address this note's permalink asks for is already the site's or another post's, so the note was held back: {message}",
		"convert.missing-link": "Link to “{target}”, which does not exist in the vault, became plain text.",
		"convert.missing-heading": "“{target}” has no heading “{heading}”; the link points to the top of the post.",
		"convert.missing-block": "“{target}” has no block “^{block}”; the link points to the top of the post.",
		"convert.missing-embed": "Embedded “{target}” does not exist in the vault; its name is shown instead.",
		"convert.missing-attachment": "Attachment “{target}” does not exist in the vault; its text is shown instead.",
		"convert.embed-cycle": "“{target}” embeds itself through other notes; a link stands in for the repeat.",
		"convert.embed-too-deep": "Embeds nest more than {depth} deep; “{target}” is linked instead of inlined.",
		"convert.slug-collision": "Another note (“{other}”) already uses this post name; this one is published as “{slug}”.",
		"convert.liquid-escaped": "{count, plural, one {# piece of text that looks like Liquid was protected so it shows literally.} other {# pieces of text that look like Liquid were protected so they show literally.}}",
		"convert.name-taken": "The site already has a file Learning Log did not write at {path}; it is left alone and this is published as {name}.",
		"convert.name-shortened": "The name “{name}” is too long for a file name; it is published as {path}.",
		"convert.future-date": "This post is dated {date}, in the future: Jekyll hides it until then, and links to it stay plain text.",
		"convert.future-link": "“{target}” is dated in the future ({date}): Jekyll hides it until then, so the link stays plain text.",
		"convert.broken-front-matter": "The front matter cannot be read, so this note was not published ({message}).",
		"convert.invalid-date": "The date in the front matter is not a date Jekyll can read, so this note was not published ({message}).",
		"convert.unrepresentable-front-matter": "The front matter cannot be written as YAML Jekyll reads back unchanged, so this note was not published ({message}).",
		"convert.conversion-failed": "This note could not be converted, so it was not published ({message}).",
	},
	ko: {
		"convert.unpublished-link": "게시되지 않은 노트 “{target}”로 가는 링크를 일반 텍스트로 바꿨습니다.",
		"convert.unpublished-embed": "“{target}” 노트는 게시되지 않아 임베드를 글에서 뺐습니다.",
		"convert.permalink-taken": "이 노트의 permalink 주소를 사이트의 다른 페이지나 글이 이미 쓰고 있어 게시하지 않았습니다: {message}",
		"convert.missing-link": "보관함에 없는 노트 “{target}”{으로/로} 가는 링크를 일반 텍스트로 바꿨습니다.",
		"convert.missing-heading": "“{target}”에 “{heading}” 제목이 없어 링크가 글의 맨 위를 가리킵니다.",
		"convert.missing-block": "“{target}”에 “^{block}” 블록이 없어 링크가 글의 맨 위를 가리킵니다.",
		"convert.missing-embed": "삽입한 “{target}”{이/가} 보관함에 없어 이름만 표시합니다.",
		"convert.missing-attachment": "첨부 파일 “{target}”{이/가} 보관함에 없어 텍스트만 표시합니다.",
		"convert.embed-cycle": "“{target}”{이/가} 다른 노트를 거쳐 자기 자신을 삽입해 반복되는 부분은 링크로 대신했습니다.",
		"convert.embed-too-deep": "삽입이 {depth}단계보다 깊게 중첩되어 “{target}”{은/는} 삽입하지 않고 링크로 연결했습니다.",
		"convert.slug-collision": "다른 노트(“{other}”)가 이미 이 글 이름을 써서 이 노트는 “{slug}”{으로/로} 게시합니다.",
		"convert.name-taken": "사이트의 {path}에 Learning Log가 쓰지 않은 파일이 있어 그대로 두고 {name}{으로/로} 게시합니다.",
		"convert.name-shortened": "이름 “{name}”{이/가} 파일 이름으로 쓰기에 너무 길어 {path}{으로/로} 게시합니다.",
		"convert.future-date": "이 글의 날짜({date})가 미래입니다. Jekyll은 그날까지 글을 숨기며, 이 글로 가는 링크는 일반 텍스트로 남습니다.",
		"convert.future-link": "“{target}”의 날짜({date})가 미래라 Jekyll이 그날까지 숨기므로 링크를 일반 텍스트로 둡니다.",
		"convert.liquid-escaped": "Liquid처럼 보이는 텍스트 {count}곳을 그대로 보이도록 보호했습니다.",
		"convert.broken-front-matter": "프런트 매터를 읽을 수 없어 이 노트는 게시하지 않았습니다 ({message}).",
		"convert.invalid-date": "프런트 매터의 날짜를 Jekyll이 읽을 수 없어 이 노트는 게시하지 않았습니다 ({message}).",
		"convert.unrepresentable-front-matter": "프런트 매터를 Jekyll이 그대로 읽을 수 있는 YAML로 쓸 수 없어 이 노트는 게시하지 않았습니다 ({message}).",
		"convert.conversion-failed": "이 노트를 변환하지 못해 게시하지 않았습니다 ({message}).",
	},
});
