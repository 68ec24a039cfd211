/**
 * The staff texts about a file itself rather than its content: how its text is encoded, keys
 * typed with a Chinese input method, and a file whose bytes are not what its name says. Part
 * of PROBLEM_CATALOGUE (problemCatalogue.ts), kept here so that file stays readable.
 */
import type { StaffText } from '../contentModel/contentProblem.ts';

/** How to save a text file as UTF-8 in the editors staff use, for every encoding message. */
const SAVE_AS_UTF8: StaffText = {
  'zh-Hans': '请另存为 UTF-8：在记事本里选“文件 > 另存为”，在“编码”里选 UTF-8（不要选 ANSI、GBK 或 Unicode），文件名不变，保存时选替换原文件；在 WPS 里选“文件 > 另存为”，文件类型选“纯文本”，在弹出的“文本编码”里选 UTF-8。如果另存以后中文变成了乱码，说明原来的文字已经损坏，请重新输入这几行',
  en: 'save it again as UTF-8: in Notepad choose File > Save As, set Encoding to UTF-8 (not ANSI, GBK or Unicode), keep the file name and replace the file; in WPS choose File > Save As, file type Plain Text, and UTF-8 in the Text Encoding box that follows. If the Chinese turns into garbled characters after that, the text was already damaged: type those lines again',
};

export const FILE_PROBLEM_TEXTS = {
  'text.notUtf8': { 'zh-Hans': '这个文件不是用 UTF-8 编码保存的（很可能存成了 GBK 或 ANSI），从这一行起的文字无法读取，所以整个文件都没有用上', en: 'this file is not saved as UTF-8 (most likely as GBK or ANSI), so the text from this line on cannot be read and the whole file is left out' },
  'text.utf16': { 'zh-Hans': '这个文件是用 UTF-16（记事本里叫“Unicode”）编码保存的，无法读取，所以整个文件都没有用上', en: 'this file is saved as UTF-16 (Notepad calls it "Unicode"), which cannot be read, so the whole file is left out' },
  'text.notUtf8.fix': SAVE_AS_UTF8,

  'yaml.fullWidthColon': { 'zh-Hans': '字段名“{key}”后面是全角冒号“：”（中文输入法打出来的），YAML 只认英文冒号“:”', en: 'the field name "{key}" is followed by a full-width colon "：" (typed with a Chinese input method); YAML only knows the ASCII colon ":"' },
  'yaml.fullWidthColon.fix': { 'zh-Hans': '把“：”改成英文冒号“:”，冒号后面空一个空格，例如“{key}: ”（先把输入法切换到英文）', en: 'replace "：" with the ASCII colon ":" and a space after it, e.g. "{key}: " (switch the input method to English first)' },
  'yaml.fullWidthSpace': { 'zh-Hans': '字段名“{key}”里（或它前面的缩进里）有全角空格（中文输入法打出来的空格），YAML 不把它当作空格', en: 'the field name "{key}" (or the indentation before it) holds a full-width space (typed with a Chinese input method), which YAML does not take for a space' },
  'yaml.fullWidthSpace.fix': { 'zh-Hans': '删掉这一行字段名前后的全角空格，缩进只用英文半角空格（先把输入法切换到英文，或者设为半角），和上下几行对齐', en: 'delete the full-width spaces around the field name on this line and indent with ordinary spaces only (switch the input method to English or half-width first), lined up with the lines around it' },

  'fileKind.pdf': { 'zh-Hans': '一个 PDF 文档', en: 'a PDF document' },
  'fileKind.docx': { 'zh-Hans': '一个 Word 文档（.docx）', en: 'a Word document (.docx)' },
  'fileKind.xlsx': { 'zh-Hans': '一个 Excel 表格（.xlsx）', en: 'an Excel workbook (.xlsx)' },
  'fileKind.pptx': { 'zh-Hans': '一个 PowerPoint 演示文稿（.pptx）', en: 'a PowerPoint presentation (.pptx)' },
  'fileKind.doc': { 'zh-Hans': '一个旧格式的 Word 文档（.doc）', en: 'an old-style Word document (.doc)' },
  'fileKind.xls': { 'zh-Hans': '一个旧格式的 Excel 表格（.xls）', en: 'an old-style Excel workbook (.xls)' },
  'fileKind.ppt': { 'zh-Hans': '一个旧格式的 PowerPoint 演示文稿（.ppt）', en: 'an old-style PowerPoint presentation (.ppt)' },
  'fileKind.office': { 'zh-Hans': '一个旧格式的 Office 文档', en: 'an old-style Office document' },
  'fileKind.zip': { 'zh-Hans': '一个 ZIP 压缩包', en: 'a ZIP archive' },
  'fileKind.rar': { 'zh-Hans': '一个 RAR 压缩包', en: 'a RAR archive' },
  'fileKind.7z': { 'zh-Hans': '一个 7z 压缩包', en: 'a 7z archive' },
  'fileKind.html': { 'zh-Hans': '一个网页（HTML）', en: 'a web page (HTML)' },
  'fileKind.exe': { 'zh-Hans': '一个 Windows 程序（.exe）', en: 'a Windows program (.exe)' },
  'fileKind.text': { 'zh-Hans': '一个文本文件', en: 'a text file' },
  'fileKind.jpeg': { 'zh-Hans': '一张 JPEG 图片', en: 'a JPEG picture' },
  'fileKind.png': { 'zh-Hans': '一张 PNG 图片', en: 'a PNG picture' },
  'fileKind.webp': { 'zh-Hans': '一张 WebP 图片', en: 'a WebP picture' },
  'fileKind.gif': { 'zh-Hans': '一张 GIF 图片', en: 'a GIF picture' },
  'fileKind.bmp': { 'zh-Hans': '一张 BMP 图片', en: 'a BMP picture' },
  'fileKind.tiff': { 'zh-Hans': '一张 TIFF 图片', en: 'a TIFF picture' },
  'fileKind.heif': { 'zh-Hans': '一张 HEIC/HEIF 图片', en: 'a HEIC/HEIF picture' },
  'fileKind.avif': { 'zh-Hans': '一张 AVIF 图片', en: 'an AVIF picture' },
  'fileKind.wav': { 'zh-Hans': '一段 WAV 录音', en: 'a WAV recording' },
  'fileKind.mp3': { 'zh-Hans': '一段 MP3 录音', en: 'an MP3 recording' },
  'fileKind.ogg': { 'zh-Hans': '一段 Ogg 录音', en: 'an Ogg recording' },
  'fileKind.flac': { 'zh-Hans': '一段 FLAC 录音', en: 'a FLAC recording' },
  'fileKind.mp4': { 'zh-Hans': '一段 MP4 视频或录音', en: 'an MP4 video or recording' },
  'fileKind.webm': { 'zh-Hans': '一段 WebM 视频或录音', en: 'a WebM video or recording' },

  'picture.disguised': { 'zh-Hans': '这个文件其实是{kind}，不是图片，只是文件名写成了 .{extension}', en: 'this file is really {kind}, not a picture; only its name says .{extension}' },
  'picture.disguised.fix': { 'zh-Hans': '用原来的程序打开它，把里面的图片导出或另存为 JPEG（例如 Word 里右键图片 > 另存为图片），放在这里，并在 yaml 的 file: 写上新文件名', en: 'open it in the program it came from and export or save the picture in it as JPEG (in Word, right-click the picture > Save as Picture), put that here, and write its name in the yaml\'s file: line' },
  'picture.notRecognised': { 'zh-Hans': '这个文件打不开：它不是触摸屏认识的任何一种图片格式（可能已经损坏，或者根本不是图片）', en: 'this file cannot be opened: it is none of the picture formats the kiosk knows (it may be damaged, or not a picture at all)' },
  'picture.damaged': { 'zh-Hans': '这张 {format} 图片打不开，文件已经损坏（可能没有复制完整）', en: 'this {format} picture cannot be opened: the file is damaged (perhaps not copied completely)' },
  'recording.disguised': { 'zh-Hans': '这个文件其实是{kind}，不是录音，只是文件名写成了 .{extension}', en: 'this file is really {kind}, not a recording; only its name says .{extension}' },
} as const satisfies Readonly<Record<string, StaffText>>;
