/**
 * Every text the content check says to staff, keyed by problem code, with both staff languages
 * side by side in each entry, so that a message cannot exist in one language only. `{name}`
 * marks a parameter; both languages of an entry use the same parameters (a unit test checks it).
 * A code names what is wrong; `<code>.fix` (and variants such as `<code>.fixNear`) say how to
 * fix it. Chinese uses Chinese punctuation; names, ids and commands stay as typed.
 */
import type { StaffLanguage, StaffText } from '../contentModel/contentProblem.ts';
import { FILE_PROBLEM_TEXTS } from './fileProblemTexts.ts';
import { NARRATE_TEXTS } from './narrateTexts.ts';

export const PROBLEM_CATALOGUE = {
  ...FILE_PROBLEM_TEXTS,
  ...NARRATE_TEXTS,
  staffGuide: { 'zh-Hans': 'media/README.zh-Hans.md（内容维护指南）', en: 'the staff guide in README.md' },
  'languageName.zh-Hans': { 'zh-Hans': '中文（zh-Hans）', en: 'Chinese (zh-Hans)' },
  'languageName.en': { 'zh-Hans': '英文（en）', en: 'English (en)' },
  'languageName.zh-Hant': { 'zh-Hans': '繁體中文（zh-Hant）', en: 'Traditional Chinese (zh-Hant)' },

  'fieldForm.eventId': { 'zh-Hans': '写一个已有事件的编号：时间线/文件夹名，例如 party/<文件夹名>', en: 'write the id of an existing event: track/folder-name, for example party/<folder-name>' },
  'fieldForm.date': { 'zh-Hans': '日期写成 YYYY、YYYY-MM 或 YYYY-MM-DD，例如 1949-10-01；资料写到年就只写年，写到月就只写到月', en: 'write the date as YYYY, YYYY-MM or YYYY-MM-DD, for example 1949-10-01; give only what the source says' },
  'fieldForm.links': { 'zh-Hans': '写另一条时间线上已有事件的编号，每行一个，写成“- 时间线/文件夹名”；没有关联事件就删掉“links:”这一行', en: 'write the ids of existing events on the other track, one per line as "- track/folder-name"; with no linked event, delete the "links:" line' },
  'fieldForm.stop': { 'zh-Hans': '写一个事件编号（party/...）或专题编号（culture/...）', en: 'write an event id (party/...) or a panel id (culture/...)' },
  'fieldForm.colour': { 'zh-Hans': '颜色写成 # 加六位十六进制数字，例如 #B71C1C', en: 'write a colour as # and six hex digits, for example #B71C1C' },
  'fieldForm.accentColour': { 'zh-Hans': '颜色写成 # 加六位十六进制数字，例如 #D4A94A', en: 'write a colour as # and six hex digits, for example #D4A94A' },
  'fieldForm.id': { 'zh-Hans': '只用小写英文字母 a-z、数字和连字符（-），例如 party', en: 'use lowercase letters a-z, digits and hyphens, for example party' },
  'fieldForm.order': { 'zh-Hans': '写一个整数，例如 1', en: 'write a whole number, for example 1' },
  'fieldForm.source': { 'zh-Hans': '写 media/sources.yaml 里的一个来源编号（例如 article）、几个编号组成的列表（[public, article]），或者用一句话写明来源', en: 'write a key from media/sources.yaml (for example article), a list of keys ([public, article]), or a sentence naming the source' },
  'fieldForm.volumeCap': { 'zh-Hans': '写 0（静音）到 1（最大音量）之间的数，例如 0.8', en: 'write a number from 0 (silent) to 1 (full volume), for example 0.8' },
  'fieldForm.reducedMotion': { 'zh-Hans': '写 auto（跟随屏幕的设置）、always 或 never', en: 'write auto (follow the screen\'s setting), always or never' },
  'fieldForm.playNarration': { 'zh-Hans': '写 true（播放）或 false（不播放）', en: 'write true or false' },
  'fieldForm.pinSha256': { 'zh-Hans': '这里要写密码的 SHA-256 值（64 位十六进制数字）：运行“npm run pin:hash -- 1234”（把 1234 换成你的密码），把输出的内容粘贴到这里', en: 'write the SHA-256 of the PIN as 64 hex digits: run "npm run pin:hash -- 1234" (with your PIN) and paste what it prints' },
  'fieldForm.dailyReloadHour': { 'zh-Hans': '写 0 到 23 之间的一个钟点；不需要每天重新启动就写 null', en: 'write an hour from 0 to 23, or null for no daily reload' },
  'fieldForm.language': { 'zh-Hans': '写 zh-Hans（中文）或 en（英文）', en: 'write zh-Hans (Chinese) or en (English)' },

  'valueKind.string': { 'zh-Hans': '文字', en: 'text' },
  'valueKind.number': { 'zh-Hans': '一个数', en: 'a number' },
  'valueKind.boolean': { 'zh-Hans': 'true 或 false', en: 'true or false' },
  'valueKind.array': { 'zh-Hans': '一个列表（每行以“- ”开头）', en: 'a list (lines starting with "- ")' },
  'valueKind.object': { 'zh-Hans': '一组字段（写在它下面、向右缩进的几行）', en: 'a group of fields (indented lines under it)' },

  'schema.unknownField': { 'zh-Hans': '{under}有一个不认识的字段“{name}”（触摸屏会忽略它）', en: 'unknown field "{name}"{under} (the kiosk would ignore it)' },
  'schema.unknownField.under': { 'zh-Hans': '{parent}下面', en: ' under {parent}' },
  'schema.unknownField.fixNear': { 'zh-Hans': '是不是想写“{suggestion}”？请改成这个名字，或者删掉这一行', en: 'did you mean "{suggestion}"? Rename it, or delete the line' },
  'schema.unknownField.fix': { 'zh-Hans': '删掉这一行，或者对照 {guide}检查拼写', en: 'delete the line, or check the spelling against {guide}' },
  'schema.languageMissing': { 'zh-Hans': '{parent}缺少{language}文字', en: 'the {language} text of {parent} is missing' },
  'schema.languageMissing.fix': { 'zh-Hans': '在{parent}下面加一行“{missing}: ...”（比它多缩进两个空格），写上这种语言的文字', en: 'add a line "{missing}: ..." under {parent} (two spaces further in) with the text in that language' },
  'schema.fieldMissing': { 'zh-Hans': '缺少“{missing}:”这一行', en: 'the line "{missing}:" is missing' },
  'schema.fieldMissing.fix': { 'zh-Hans': '加一行“{missing}:”（顶格写，不缩进）{how}', en: 'add a line "{missing}:" (not indented){how}' },
  'schema.fieldMissing.under': { 'zh-Hans': '{parent}下面缺少“{missing}:”这一行', en: 'the line "{missing}:" under {parent} is missing' },
  'schema.fieldMissing.fixUnder': { 'zh-Hans': '在{parent}下面加一行“{missing}:”（比它多缩进两个空格）{how}', en: 'under {parent} add a line "{missing}:" (two spaces further in){how}' },
  'schema.fieldMissing.howForm': { 'zh-Hans': '（{form}）', en: ' ({form})' },
  'schema.fieldMissing.howGuide': { 'zh-Hans': '，写法见 {guide}', en: ', as shown in {guide}' },
  'schema.fieldMissing.howText': { 'zh-Hans': '，再在它下面（再多缩进两个空格）每种语言写一行，例如“zh-Hans: ……”和“en: ……”', en: ', and under it (two more spaces in) one line per language, such as "zh-Hans: …" and "en: …"' },
  'schema.emptyText': { 'zh-Hans': '{field}是空的', en: '{field} is empty' },
  'schema.emptyText.fix': { 'zh-Hans': '写上文字；如果这个字段可以不写，就删掉这一行', en: 'write the text, or remove the line if the field is optional' },
  'schema.emptyList': { 'zh-Hans': '{field}是一个空列表', en: '{field} is an empty list' },
  'schema.emptyList.fix': { 'zh-Hans': '至少写一项；如果这个字段可以不写，就删掉它', en: 'add at least one item, or remove the field if it is optional' },
  'schema.invalidValue': { 'zh-Hans': '{field}{received}，这个值在这里不能用', en: '{field} has the value {received}, which is not valid here' },
  'schema.invalidValue.fix': { 'zh-Hans': '可以写哪些值，见 {guide}', en: 'see {guide} for the allowed values' },
  'schema.outOfRange': { 'zh-Hans': '{field}是 {received}，但必须{bound}', en: '{field} is {received}, but it must be {bound}' },
  'schema.outOfRange.fix': { 'zh-Hans': '写一个{bound} 的数', en: 'write a number {bound}' },
  'schema.notWholeNumber': { 'zh-Hans': '{field}是 {received}，但必须是整数', en: '{field} is {received}, but it must be a whole number' },
  'schema.notWholeNumber.fix': { 'zh-Hans': '写一个整数', en: 'write a whole number' },
  'schema.wrongKind': { 'zh-Hans': '{field}应该是{expected}，但现在{received}', en: '{field} should be {expected}, but it is {received}' },
  'schema.wrongKind.fixIndent': { 'zh-Hans': '把属于它的字段向右缩进两个空格，和其他文件一样', en: 'indent the fields that belong under it by two spaces, as in the other files' },
  'schema.wrongKind.fix': { 'zh-Hans': '写成{expected}', en: 'write {expected}' },
  'schema.other': { 'zh-Hans': '{field}的值不对（解析器提示：{detail}）', en: '{field}: {detail}' },
  'schema.other.fix': { 'zh-Hans': '见 {guide}', en: 'see {guide}' },

  'yaml.syntax': { 'zh-Hans': '文件无法按 YAML 格式读取（{reason}）', en: 'the file cannot be read as YAML ({reason})' },
  'yaml.syntax.fix': { 'zh-Hans': '检查缩进（用空格，不用 Tab，和上下几行对齐）、字段名后面有没有少冒号“:”、引号是不是成对', en: 'check the indentation (spaces, not tabs, lined up with the lines around it), a missing ":" after a field name, and quotes that open but do not close' },
  'yaml.empty': { 'zh-Hans': '文件是空的', en: 'the file is empty' },
  'yaml.empty.fix': { 'zh-Hans': '按 {guide}写上各个字段，或者删掉这个文件', en: 'write the fields shown in {guide}, or delete the file' },
  'text.markup': { 'zh-Hans': '{field}里有“{found}”，触摸屏会把它原样显示出来', en: '{field} contains "{found}", which the kiosk will show literally, as typed' },
  'text.markup.fix': { 'zh-Hans': '只写普通文字；触摸屏不会执行网页代码，也不会打开链接', en: 'write plain text; the kiosk never runs markup or opens links' },

  'settings.missing': { 'zh-Hans': '缺少设置文件', en: 'the settings file is missing' },
  'settings.missing.fix': { 'zh-Hans': '从上一个版本（git）恢复 media/kiosk.yaml，或者照 media/README.zh-Hans.md 里的示例写一份', en: 'restore media/kiosk.yaml from the previous version (git) or copy the example in README.md' },
  'settings.unsupportedLanguage': { 'zh-Hans': '触摸屏的按钮没有“{language}”这种语言的文字', en: 'the kiosk\'s buttons have no words in "{language}"' },
  'settings.unsupportedLanguage.fix': { 'zh-Hans': '只能用 {supported}；要增加新的语言，需要先请程序员加上这种语言的界面文字', en: 'use only {supported}; a new language needs a programmer to add its interface words first' },
  'settings.defaultNotListed': { 'zh-Hans': '默认语言“{language}”不在 languages 列表里', en: 'the default language "{language}" is not in the languages list' },
  'settings.defaultNotListed.fix': { 'zh-Hans': '把 defaultLanguage 改成其中之一：{languages}', en: 'set defaultLanguage to one of: {languages}' },

  'tracks.missing': { 'zh-Hans': '缺少时间线列表', en: 'the list of timeline tracks is missing' },
  'tracks.missing.fix': { 'zh-Hans': '从上一个版本（git）恢复 media/tracks.yaml', en: 'restore media/tracks.yaml from the previous version (git)' },
  'tracks.duplicateId': { 'zh-Hans': '时间线编号“{id}”用了两次', en: 'the track id "{id}" is used twice' },
  'tracks.duplicateId.fix': { 'zh-Hans': '每条时间线要有自己的编号', en: 'give every track its own id' },

  'source.unknownKey': { 'zh-Hans': '来源编号“{key}”不在 media/sources.yaml 里', en: 'the source key "{key}" is not in media/sources.yaml' },
  'source.unknownKey.fixNear': { 'zh-Hans': '是不是想写“{suggestion}”？', en: 'did you mean "{suggestion}"?' },
  'source.quotedKey': { 'zh-Hans': '来源键被中文引号包住（写的是 {written}），触摸屏会把引号连同“{key}”一起当作来源原样显示给观众', en: 'the source key is wrapped in Chinese or curly quotes ({written}), so the kiosk would show the quotes and "{key}" to visitors as the citation' },
  'source.quotedKey.fix': { 'zh-Hans': '去掉引号，只写 {key}，例如“source: {key}”', en: 'remove the quotes and write the key alone, as in "source: {key}"' },
  'source.quotedKey.fixUnknown': { 'zh-Hans': '去掉引号，只写 {key}，并在 media/sources.yaml 里加上 {key} 和它的完整出处', en: 'remove the quotes and write the key alone, and add {key} with its citation to media/sources.yaml' },
  'source.unknownKey.fix': { 'zh-Hans': '在 media/sources.yaml 里加上这个编号和它的完整出处，或者直接用文字写出来源', en: 'add the key with its citation to media/sources.yaml, or write the source out in words' },

  'picture.format': { 'zh-Hans': '触摸屏不能显示“{file}”这种格式的图片', en: '"{file}" is not a picture format the kiosk shows' },
  'picture.format.fix': { 'zh-Hans': '把图片另存为 {formats} 格式之一，并改正这里的文件名', en: 'save the picture as {formats} and change the file name here' },
  'picture.notInFolder': { 'zh-Hans': '文件夹 {folder}/ 里没有图片“{file}”', en: 'the picture "{file}" is not in the folder {folder}/' },
  'picture.notInFolder.fixCase': { 'zh-Hans': '文件夹里有“{actual}”：照它写（大小写也要一致）', en: 'the folder has "{actual}": write that name (names are case-sensitive)' },
  'picture.notInFolder.fix': { 'zh-Hans': '把图片复制到 {folder}/ 里，或者改正文件名（大小写也要一致）', en: 'copy the picture into {folder}/ or correct the file name (names are case-sensitive)' },
  'picture.tooManyBytes': { 'zh-Hans': '图片有 {megabytes} MB；生成触摸屏版本时会自动缩小图片，但每张原图最多 {limit} MB', en: 'the picture is {megabytes} MB; the build shrinks pictures for the screen itself, but takes at most {limit} MB per original' },
  'picture.tooManyBytes.fix': { 'zh-Hans': '从相机或相册重新导出为 JPEG（长边约 4000 像素、质量 90 就足够），并在 yaml 里写上新的文件名', en: 'export it again from the camera or photo app as JPEG (about 4000 pixels on the long side, quality 90 is plenty) and write its name in the yaml' },
  'picture.unreadable': { 'zh-Hans': '{reason}', en: '{reason}' },
  'picture.unreadable.fix': { 'zh-Hans': '用看图或修图软件打开原图，另存为 JPEG，文件名和这里写的一致', en: 'open the original in a photo editor and save it again as JPEG, with the name written here' },
  'picture.tooManyPixels': { 'zh-Hans': '图片有 {width} × {height} 像素（{megapixels} 百万像素），太大，无法处理', en: 'the picture is {width} x {height} pixels ({megapixels} megapixels), too many to process' },
  'picture.tooManyPixels.fix': { 'zh-Hans': '重新导出为长边约 4000 像素的 JPEG，并在 yaml 里写上新的文件名', en: 'export it again as JPEG at about 4000 pixels on the long side and write its name in the yaml' },
  'picture.misnamed': { 'zh-Hans': '文件名是 .{extension}，但里面是{actual}图片', en: 'the file is named .{extension} but holds a {actual} picture' },
  'picture.misnamed.knownFormat': { 'zh-Hans': ' {format} ', en: '{format}' },
  'picture.misnamed.otherFormat': { 'zh-Hans': '另一种格式的', en: 'different kind of' },
  'picture.misnamed.fix': { 'zh-Hans': '按实际格式改文件名（并改正这里的 file:），或者另存为 JPEG', en: 'rename it to match what it is (and the file: line here), or save it again as JPEG' },
  'picture.small': { 'zh-Hans': '图片只有 {width} × {height} 像素，在屏幕上会显得模糊', en: 'the picture is only {width} x {height} pixels and will look blurred on the screen' },
  'picture.small.fix': { 'zh-Hans': '换一张短边至少 {minimum} 像素的原图', en: 'use an original at least {minimum} pixels on its shorter side' },

  'recording.several': { 'zh-Hans': '{language} 有 {count} 个录音，触摸屏只播放 {played}', en: 'there are {count} recordings for {language}; the kiosk plays {played}' },
  'recording.several.fix': { 'zh-Hans': '如果应该播放 {played}，就删掉 {others}；否则删掉 {played}', en: 'if {played} is the right one, delete {others}; otherwise delete {played}' },
  'recording.unplayable': { 'zh-Hans': '录音无法播放：{reason}', en: 'the recording cannot be played: {reason}' },
  'recording.unplayable.fixRename': { 'zh-Hans': '把文件名改成 {renamed}', en: 'rename it to {renamed}' },
  'recording.unplayable.fix': { 'zh-Hans': '用录音软件重新导出为 WAV 或 MP3；也可以删掉它，只显示字幕', en: 'export it again as WAV or MP3 from the recording software, or delete it to use captions only' },
  'recording.tooLargeToEncode': { 'zh-Hans': '录音有 {megabytes} MB；生成触摸屏版本时会自动压缩，但每段原始录音最多 {limit} MB', en: 'the recording is {megabytes} MB; the build compresses recordings itself, but takes at most {limit} MB per original' },
  'recording.tooLargeToEncode.fix': { 'zh-Hans': '把讲解分成几段（每个展项一段），或者导出为单声道 WAV', en: 'split the narration into shorter pieces (one per item), or export it as mono WAV' },
  'recording.tooLarge': { 'zh-Hans': '录音有 {megabytes} MB，触摸屏每段录音最多 {limit} MB', en: 'the recording is {megabytes} MB; the kiosk takes at most {limit} MB per recording' },
  'recording.tooLarge.fix': { 'zh-Hans': '重新导出为 WAV，生成时会自动压缩；或导出为 MP3、单声道、64 kbit/s（录人声足够清楚），文件名不变', en: 'export it again as WAV (the build compresses it), or as MP3, mono, 64 kbit/s (plenty for a voice), keeping the same name' },
  'recording.installEncoder': { 'zh-Hans': '安装 {encoder}（Debian/Ubuntu：sudo apt-get install {encoder}；macOS：brew install {encoder}），再运行检查', en: 'install {encoder} (Debian/Ubuntu: sudo apt-get install {encoder}; macOS: brew install {encoder}) and run the check again' },
  'recording.wavWithoutEncoder': { 'zh-Hans': '这是 WAV 录音；生成触摸屏版本时要用 {encoder} 程序把它压缩成 MP3，但这台电脑上没有 {encoder}', en: 'this is a WAV recording; the build compresses it to MP3 with the program {encoder}, which is not installed on this computer' },
  'recording.wavWithoutEncoder.fix': { 'zh-Hans': '{install}；或者自己把录音导出为 MP3（单声道，64 kbit/s）', en: '{install}; or export the recording as MP3 (mono, 64 kbit/s) yourself' },
  'recording.shipsUncompressed': { 'zh-Hans': '这段 {kind} 录音的码率高于讲解需要的，本该压缩，但这台电脑上没有 {encoder}，只能原样使用（{megabytes} MB）', en: 'this {kind} recording has a higher bit rate than a voice needs and would be compressed, but {encoder} is not installed, so it ships as it is ({megabytes} MB)' },
  'recording.noCaptions': { 'zh-Hans': '录音没有字幕（每段讲解都必须有字幕）', en: 'the recording has no captions (every narration must be captioned)' },
  'recording.noCaptions.fix': { 'zh-Hans': '在录音旁边加上字幕文件 {captionFile}：WebVTT 格式，每句一条（员工指南里有示例）', en: 'write its captions beside it as {captionFile}: WebVTT, one cue per sentence (the staff guide shows the form)' },

  'captions.invalid': { 'zh-Hans': '字幕文件：{reason}', en: 'caption file: {reason}' },
  'captions.invalid.fixGenerated': { 'zh-Hans': '改正字幕文件（WebVTT 格式），或者运行“npm run media:narrate -- --force --only {owner}”重新生成初版讲解', en: 'correct the caption file (WebVTT), or run "npm run media:narrate -- --force --only {owner}" to make the starter narration again' },
  'captions.invalid.fix': { 'zh-Hans': '改正字幕文件（WebVTT 格式，员工指南里有示例）', en: 'correct the caption file (WebVTT; the staff guide shows the form)' },
  'captions.stale': { 'zh-Hans': '讲解文字改过了，但这份初版录音和字幕还是按原来的文字生成的，观众听到、看到的仍是旧内容', en: 'the narration text has changed since this starter recording and its captions were made, so visitors still hear and read the old text' },
  'captions.stale.fix': { 'zh-Hans': '运行“npm run media:narrate -- --force --only {owner}”重新生成（或者换成新的专业录音和字幕）', en: 'run "npm run media:narrate -- --force --only {owner}" to make them again (or replace them with a new professional recording and captions)' },
  'captions.longerThanRecording': { 'zh-Hans': '字幕一直到 {captionsEnd} 秒，但录音 {recording} 只有 {recordingLength} 秒长', en: 'the captions run to {captionsEnd} s, but the recording {recording} is only {recordingLength} s long' },
  'captions.longerThanRecording.fix': { 'zh-Hans': '改正字幕的时间，让它和录音对上（或者换回和这份字幕配套的录音）', en: 'correct the cue times to fit the recording (or replace the recording with the one the captions were made for)' },
  'captions.countsDiffer': { 'zh-Hans': '{file} 有 {count} 条字幕，但 {first} 有 {firstCount} 条：{longer} 第 {extraLine} 行的第 {extraNumber} 条在 {shorter} 里没有对应的一条（{shorter} 的最后一条在第 {lastLine} 行）；观众在讲解中途切换语言时，会跳到另一句', en: '{file} has {count} captions but {first} has {firstCount}: caption {extraNumber}, at line {extraLine} of {longer}, has no counterpart in {shorter} (whose last caption is at line {lastLine}); a visitor who switches language mid-narration would land on a different sentence' },
  'captions.overlap': { 'zh-Hans': '这条字幕（第 {line} 行）和上一条（第 {previousLine} 行）时间重叠：上一条到 {previousEnd} 秒才结束，这一条 {start} 秒就开始了，屏幕上会同时出现两句', en: 'this caption (line {line}) overlaps the one before it (line {previousLine}): that one ends at {previousEnd} s but this one starts at {start} s, so two sentences would show at once' },
  'captions.overlap.fix': { 'zh-Hans': '把第 {previousLine} 行的结束时间改到不晚于第 {line} 行的开始时间，或者把第 {line} 行的开始时间往后移', en: 'make the end time on line {previousLine} no later than the start time on line {line}, or move the start on line {line} later' },
  'captions.countsDiffer.fix': { 'zh-Hans': '每种语言每句一条字幕，顺序一样，条数相同', en: 'give every language one caption per sentence, in the same order, so the counts match' },

  'narration.copiedText': { 'zh-Hans': '讲解文字和 {earlier} 的一模一样，观众在这里会听到那一项的内容', en: 'the narration text is the same as {earlier}\'s, so visitors would hear that item\'s story here' },
  'narration.copiedText.fix': { 'zh-Hans': '为这一项写它自己的讲解文字（复制来的文件夹会带着原来的讲解），或者删掉 narration:', en: 'write this item\'s own narration (a copied folder keeps the old one), or delete narration:' },
  'narration.filesWithoutText': { 'zh-Hans': '这里有讲解录音或字幕，但 yaml 文件里没有“narration:”文字，所以它们没有被使用', en: 'narration files are here, but the yaml has no "narration:" text, so they are not used' },
  'narration.filesWithoutText.fix': { 'zh-Hans': '在 yaml 文件里加上“narration:”，并在它的“text:”下面写上每种语言的讲解文字', en: 'add "narration:" with "text:" in every language to the yaml file' },
  'narration.lineCountsDiffer': { 'zh-Hans': '讲解文字在 {languages} 中分别有 {counts} 行；字幕是按行一一对应的', en: 'the narration has {counts} lines in {languages}; captions are matched line by line' },
  'narration.lineCountsDiffer.fix': { 'zh-Hans': '每行写一句，每种语言的行数要一样', en: 'write one sentence per line, with the same number of lines in every language' },

  'event.strayFile': { 'zh-Hans': '这个文件不在任何事件文件夹里，触摸屏不会使用它', en: 'this file is not inside an event folder, so the kiosk does not use it' },
  'event.strayFile.fix': { 'zh-Hans': '把它移到 media/timeline/<时间线>/<事件编号>/ 里，或者删掉它', en: 'move it into media/timeline/<track>/<event-id>/ or delete it' },
  'event.unknownTrack': { 'zh-Hans': '“{track}”不是 media/tracks.yaml 里列出的时间线，所以这个事件不会显示', en: '"{track}" is not a track listed in media/tracks.yaml, so this event is not shown' },
  'event.unknownTrack.fix': { 'zh-Hans': '把文件夹移到 {folders} 里{near}', en: 'move the folder into {folders}{near}' },
  'event.unknownTrack.near': { 'zh-Hans': '（是不是想写“{suggestion}”？）', en: ' (did you mean "{suggestion}"?)' },
  'event.badFolderName': { 'zh-Hans': '文件夹名“{name}”不能用作事件编号', en: 'the folder name "{name}" cannot be an event id' },
  'event.badFolderName.fix': { 'zh-Hans': '给文件夹改名，只用小写英文字母 a-z、数字和连字符（-），以年份开头，中文写成拼音或英文，例如“{example}”', en: 'rename the folder using lowercase letters a-z, digits and hyphens only, starting with the year, with Chinese written in pinyin or English, for example "{example}"' },
  'event.noYearInId': { 'zh-Hans': '事件编号“{name}”没有以年份开头（员工指南里约定事件编号以年份开头，文件夹才会按时间排列）', en: 'the event id "{name}" does not start with a year (the staff guide has event ids start with their year, so the folders list in time order)' },
  'event.noYearInId.fix': { 'zh-Hans': '把文件夹改名为“{example}”，并把别的文件里（links、before、after、导览路线的 stop）写着“{id}”的地方改成新编号', en: 'rename the folder to "{example}", and change "{id}" to the new id wherever other files name it (links, before, after, tour stops)' },
  'event.noYaml': { 'zh-Hans': '事件文件夹里没有 event.yaml，所以这个事件不会显示', en: 'the event folder has no event.yaml, so the event is not shown' },
  'event.noYaml.fix': { 'zh-Hans': '加上 event.yaml（从别的事件文件夹复制一个再修改），或者删掉这个文件夹', en: 'add event.yaml (copy one from another event folder and change it), or delete the folder' },
  'event.anchorMissing': { 'zh-Hans': '“{relation}: {anchor}”指向的事件不存在', en: '"{relation}: {anchor}" names an event that does not exist' },
  'event.anchorMissing.fix': { 'zh-Hans': '写一个已有事件的编号{near}', en: 'write the id of an existing event{near}' },
  'event.anchorMissing.near': { 'zh-Hans': '，也许是“{suggestion}”', en: ', perhaps "{suggestion}"' },
  'event.anchorBroken': { 'zh-Hans': '“{relation}: {anchor}”指向的事件还有错误，暂时不能用，所以这个事件只按自己的日期排列', en: '"{relation}: {anchor}" cannot be used while that event has errors, so this event is placed by its date alone' },
  'event.anchorBroken.fix': { 'zh-Hans': '先改正那个事件的错误', en: 'fix the errors reported for that event' },
  'event.anchorOutsideDate': { 'zh-Hans': '“{relation}: {anchor}”做不到：那个事件不在 {date} 这个日期之内', en: '"{relation}: {anchor}" cannot hold: that event is outside the date {date}' },
  'event.anchorOutsideDate.fix': { 'zh-Hans': '“{relation}”只能用来给同一{unit}里的事件排先后', en: 'use "{relation}" only to order events within the same {unit}' },
  'dateUnit.year': { 'zh-Hans': '年', en: 'year' },
  'dateUnit.month': { 'zh-Hans': '个月', en: 'month' },
  'event.linkMissing': { 'zh-Hans': '关联事件“{link}”不存在', en: 'the link "{link}" points to an event that does not exist' },
  'event.linkMissing.fixNear': { 'zh-Hans': '是不是想写“{suggestion}”？如果不是，请删掉这一行', en: 'did you mean "{suggestion}"? Otherwise remove the line' },
  'event.linkMissing.fix': { 'zh-Hans': '改正编号（时间线/文件夹名），或者删掉这一行', en: 'correct the id (track/folder-name) or remove the line' },
  'event.emptyLinks': { 'zh-Hans': '“links:”下面一个关联事件也没有（关联的事件可能都删掉了）', en: '"links:" has no events under it (perhaps every linked event was deleted)' },
  'event.emptyLinks.fix': { 'zh-Hans': '删掉“links:”这一行（事件可以没有关联）；或者在它下面写另一条时间线上已有的事件，每行一个，例如“  - {example}”', en: 'delete the "links:" line (an event needs no links), or list events that exist on the other track under it, one per line, for example "  - {example}"' },
  'event.emptyLinks.fixNoExample': { 'zh-Hans': '删掉“links:”这一行（事件可以没有关联）', en: 'delete the "links:" line (an event needs no links)' },
  'event.linkSameTrack': { 'zh-Hans': '关联事件“{link}”在同一条时间线上', en: 'the link "{link}" is on the same track' },
  'event.linkSameTrack.fix': { 'zh-Hans': '关联只能连到另一条时间线上的事件，请删掉这一行', en: 'links join an event to one on the other track; remove this line' },

  'panel.strayFile': { 'zh-Hans': '这个文件不在任何专题分组文件夹里，触摸屏不会使用它', en: 'this file is not inside a panel group folder, so the kiosk does not use it' },
  'panel.strayFile.fix': { 'zh-Hans': '把它移到 media/panels/<分组>/<专题编号>/ 里，或者删掉它', en: 'move it into media/panels/<group>/<panel-id>/ or delete it' },
  'group.badFolderName': { 'zh-Hans': '文件夹名“{name}”不能用作分组编号', en: 'the folder name "{name}" cannot be a group id' },
  'group.clashesWithTrack': { 'zh-Hans': '分组编号“{id}”和一条时间线的编号相同，两者会冲突', en: 'the group id "{id}" is also a track id, so their ids would clash' },
  'group.clashesWithTrack.fix': { 'zh-Hans': '给这个专题分组文件夹换个名字', en: 'rename the panel group folder' },
  'group.noYaml': { 'zh-Hans': '专题分组里没有 group.yaml，所以其中的专题不会显示', en: 'the panel group has no group.yaml, so its panels are not shown' },
  'group.noYaml.fix': { 'zh-Hans': '加上 group.yaml，写明 title、summary 和 order（可以从别的分组复制一个）', en: 'add group.yaml with title, summary and order (copy it from another group)' },
  'panel.strayFileInGroup': { 'zh-Hans': '这个文件不在任何专题文件夹里，触摸屏不会使用它', en: 'this file is not inside a panel folder, so the kiosk does not use it' },
  'panel.strayFileInGroup.fix': { 'zh-Hans': '把它移到 media/panels/{group}/<专题编号>/ 里，或者删掉它', en: 'move it into media/panels/{group}/<panel-id>/ or delete it' },
  'panel.badFolderName': { 'zh-Hans': '文件夹名“{name}”不能用作专题编号', en: 'the folder name "{name}" cannot be a panel id' },
  'panel.badFolderName.fix': { 'zh-Hans': '给文件夹改名，只用小写英文字母 a-z、数字和连字符（-），中文写成拼音或英文，例如“{example}”', en: 'rename the folder using lowercase letters a-z, digits and hyphens only, with Chinese written in pinyin or English, for example "{example}"' },
  'panel.noYaml': { 'zh-Hans': '专题文件夹里没有 panel.yaml，所以这个专题不会显示', en: 'the panel folder has no panel.yaml, so the panel is not shown' },
  'panel.noYaml.fix': { 'zh-Hans': '加上 panel.yaml（从别的专题文件夹复制一个再修改），或者删掉这个文件夹', en: 'add panel.yaml (copy one from another panel folder and change it), or delete the folder' },
  'panel.sameOrder': { 'zh-Hans': 'order: {order} 和 {other} 一样，两者的先后只能按编号排', en: 'order: {order} is the same as {other}\'s, so the two are placed by their ids' },
  'panel.sameOrder.fix': { 'zh-Hans': '给同一分组里的每个专题一个不同的 order', en: 'give each panel of the group its own order' },

  'tour.notAYamlFile': { 'zh-Hans': '触摸屏只读取直接放在 media/tours/ 里的 .yaml 文件', en: 'the kiosk reads only .yaml files directly in media/tours/' },
  'tour.notAYamlFile.fix': { 'zh-Hans': '把它改名为 media/tours/<路线编号>.yaml，或者删掉它', en: 'rename it to <tour-id>.yaml in media/tours/, or delete it' },
  'tour.badFileName': { 'zh-Hans': '文件名“{name}”不能用作路线编号', en: 'the file name "{name}" cannot be a tour id' },
  'tour.badFileName.fix': { 'zh-Hans': '给文件改名，只用小写英文字母 a-z、数字和连字符（-）', en: 'rename the file using lowercase letters a-z, digits and hyphens only' },
  'tour.noStops': { 'zh-Hans': '“stops:”下面一站也没有（列出的站点可能都删掉了）', en: '"stops:" has no stops under it (perhaps every stop listed was deleted)' },
  'tour.noStops.fix': { 'zh-Hans': '在“stops:”下面每站写一行“  - stop: <编号>”，编号用已有的事件或专题，例如 {examples}；不再需要这条路线，就删掉这个文件', en: 'under "stops:" add a line "  - stop: <id>" per stop, using events or panels that exist, for example {examples}; or delete the file if the tour is no longer needed' },
  'tour.stopLineMissing': { 'zh-Hans': '这里的“{key}:”前面少了一行“- stop: …”：很可能删掉了一站，却留下了它的“{key}:”，所以上一站的“{key}:”写了两次', en: 'the "- stop: …" line before this "{key}:" is missing: a stop was probably deleted but its "{key}:" left behind, so the stop above now has "{key}:" twice' },
  'tour.stopLineMissing.first': { 'zh-Hans': '这里的“{key}:”前面少了一行“- stop: …”：第一站的编号那一行不见了', en: 'the "- stop: …" line before this "{key}:" is missing: the first stop has lost the line with its id' },
  'tour.stopLineMissing.fix': { 'zh-Hans': '如果这一站应该保留，就在第 {line} 行上面加一行“- stop: <事件或专题编号>”（“-”和其他站的“-”对齐）；如果这一站已经删掉，就把第 {from}–{to} 行也删掉', en: 'if the stop should stay, add a line "- stop: <event or panel id>" above line {line} (its "-" lined up with the other stops\' "-"); if the stop was deleted, delete lines {from}–{to} as well' },
  'tour.stopLineMissing.item': { 'zh-Hans': '“stops:”的第 {number} 项没有“stop:”这一行（这一站的编号）', en: 'item {number} of "stops:" has no "stop:" line (the id of the stop)' },
  'tour.stopLineMissing.itemFix': { 'zh-Hans': '在这一站开头写“- stop: <事件或专题编号>”；如果这一站已经删掉了，就把它剩下的几行（talkingPoints 等）也删掉', en: 'start the stop with "- stop: <event or panel id>"; if the stop was deleted, delete the lines left of it (its talkingPoints and the rest) too' },
  'tour.unknownStop': { 'zh-Hans': '站点“{stop}”不是已有的事件或专题', en: 'the stop "{stop}" is not an event or panel that exists' },
  'tour.unknownStop.fixNear': { 'zh-Hans': '是不是想写“{suggestion}”？如果不是，请删掉这一站', en: 'did you mean "{suggestion}"? Otherwise remove the stop' },
  'tour.unknownStop.fix': { 'zh-Hans': '改正编号，或者删掉这一站', en: 'correct the id or remove the stop' },

  'file.unused': { 'zh-Hans': '触摸屏没有用到这个文件', en: 'the kiosk does not use this file' },
  'file.unused.fix': { 'zh-Hans': '如果它应该显示出来，就在旁边的 yaml 文件里写上它的文件名（见内容维护说明）；否则删掉它', en: 'if it should appear, name it in the yaml beside it (see the staff guide); otherwise delete it' },
} as const satisfies Readonly<Record<string, StaffText>>;

export type ProblemCode = keyof typeof PROBLEM_CATALOGUE;

/** A value put into a `{placeholder}`: the same in both languages, or its own words in each. */
export type StaffParameter = string | number | StaffText;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The `{placeholder}` names a catalogue text uses, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}

function fill(template: string, language: StaffLanguage, parameters: Readonly<Record<string, StaffParameter>>, code: string): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = parameters[name];
    if (value === undefined) throw new Error(`the staff text ${code} needs the parameter {${name}}`);
    return typeof value === 'object' ? value[language] : String(value);
  });
}

/** The catalogue's text for `code`, with its parameters filled in, in both staff languages. */
export function staffText(code: ProblemCode, parameters: Readonly<Record<string, StaffParameter>> = {}): StaffText {
  const entry: StaffText = PROBLEM_CATALOGUE[code];
  return { 'zh-Hans': fill(entry['zh-Hans'], 'zh-Hans', parameters, code), en: fill(entry.en, 'en', parameters, code) };
}

/** Items listed in each language's way: `a、b` in Chinese, `a, b` in English (or other joining words). */
export function staffList(items: readonly string[], separators: StaffText = { 'zh-Hans': '、', en: ', ' }): StaffText {
  return { 'zh-Hans': items.join(separators['zh-Hans']), en: items.join(separators.en) };
}
