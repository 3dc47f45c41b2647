using System.Globalization;

namespace CatalogSdk.Cli.Output;

/// <summary>Every text the tool shows, Chinese first, then English.</summary>
internal static class Texts
{
    public const string RootDescription =
        "CatalogSdk 手术分级目录工具：检查、比较、导出目录文件，维护锁文件。 " +
        "CatalogSdk surgical grading catalogue tool: check, compare and export catalogue files, and maintain their lock files.";

    public const string LintDescription =
        "检查目录文件，按编译器格式列出所有问题；有错误时退出码为 1。 " +
        "Check catalogue files and list every problem in the compiler's format; the exit code is 1 when there are errors.";

    public const string LintFilesDescription = "要检查的目录文件。 The catalogue files to check.";

    public const string WarningsAsErrorsDescription = "把警告视为错误。 Treat warnings as errors.";

    public const string ExportDescription =
        "把目录导出为 JSON 或 CSV；目录有错误时不导出，退出码为 1。 " +
        "Export a catalogue as JSON or CSV; a catalogue with errors is not exported and the exit code is 1.";

    public const string ExportFileDescription = "要导出的目录文件。 The catalogue file to export.";

    public const string FormatDescription = "输出格式：json 或 csv。 The output format: json or csv.";

    public const string OutputDescription =
        "写入此文件；省略或为 - 时写到标准输出。 Write to this file; standard output when omitted or '-'.";

    public const string FileNotFound = "找不到文件。 File not found.";

    public const string DirectoryNotFound = "找不到文件所在的目录。 The file's directory does not exist.";

    public const string IsDirectory = "这是一个目录，不是文件。 This is a directory, not a file.";

    public const string AccessDenied = "没有读取此文件的权限。 Access to the file is denied.";

    public const string ExportRefused =
        "目录有错误，未导出任何内容。请先修正以上错误（可运行 catalog lint 查看）。 " +
        "The catalogue has errors; nothing was exported. Correct the errors above first (catalog lint lists them).";

    public const string OutputIsInput =
        "输出文件不能是目录文件本身。 The output file cannot be the catalogue file itself.";

    public static string CannotRead(string reason) => "无法读取文件：" + reason + " Cannot read the file: " + reason;

    public static string CannotWrite(string reason) => "无法写入文件：" + reason + " Cannot write the file: " + reason;

    /// <summary>The summary line: <c>2 个错误，1 个警告。 2 errors, 1 warning.</c></summary>
    public static string Summary(int errors, int warnings) =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0} 个错误，{1} 个警告。 {0} {2}, {1} {3}.",
            errors,
            warnings,
            errors == 1 ? "error" : "errors",
            warnings == 1 ? "warning" : "warnings");

    public const string LockDescription =
        "检查或更新目录的锁文件（与目录同名、扩展名为 .lock）。 Check or update a catalogue's lock file (same name, extension .lock).";

    public const string LockCheckDescription =
        "报告构建时会报告的内容：目录问题、锁文件问题和未接受的变更；有错误时退出码为 1。 " +
        "Report what the build would: catalogue problems, lock problems and changes not yet accepted; the exit code is 1 on errors.";

    public const string LockUpdateDescription =
        "把当前目录接受到锁文件中，并列出接受的变更。CI=true 时拒绝执行，除非使用 --force。 " +
        "Accept the current catalogue into its lock and list what was accepted. Refused when CI=true unless --force is given.";

    public const string LockCatalogueDescription = "目录文件。 The catalogue file.";

    public const string RequireLockDescription = "缺少锁文件时视为错误。 Treat a missing lock file as an error.";

    public const string EditionDescription =
        "记录停用和级别变更时使用的版次，例如 2025；默认为今天的日期。 The edition recorded for retirements and regrades, for example 2025; today's date by default.";

    public const string LockPathDescription =
        "锁文件路径；默认与目录同名、扩展名为 .lock。 The lock file; by default the catalogue's name with extension .lock, beside it.";

    public const string ForceDescription = "即使 CI=true 也执行。 Run even when CI=true.";

    public const string RefusedInCi =
        "CI=true：构建流水线中不能更新锁文件，锁文件只能由人在评审后更新。如确需执行，请加 --force。 " +
        "CI=true: a pipeline does not update lock files; a person updates them after review. Add --force if you really mean it.";

    public const string UpdateRefused =
        "目录或锁文件有错误，锁文件未更新。请先修正以上错误。 The catalogue or the lock has errors; the lock was not updated. Correct the errors above first.";

    public static string InvalidEdition(string edition) =>
        "版次「" + edition + "」无效：不能为空，不能含空格或 |。 The edition '" + edition + "' is invalid: it cannot be empty or contain spaces or '|'.";

    public static string LockUpToDate(string path) => "锁文件已是最新：" + path + " The lock is up to date: " + path;

    public static string LockCreated(string path, int count) =>
        string.Format(CultureInfo.InvariantCulture, "已创建锁文件 {0}，接受 {1} 个条目。请提交它。 Created the lock {0} with {1} entries. Commit it.", path, count);

    public static string LockUpdated(string path, string edition) =>
        "已更新锁文件 " + path + "（版次 " + edition + "），接受了以下变更： Updated the lock " + path + " (edition " + edition + "), accepting:";

    public const string DiffDescription =
        "比较两个版次的目录：新增、停用、改名（须确认）、级别升降、专科变更；无变更时退出码 0，有变更时 1，出错时 2。 " +
        "Compare two editions: added, retired, renamed (when confirmed), regraded up or down, specialty changes; exit code 0 for no changes, 1 for changes, 2 on errors.";

    public const string DiffOldDescription = "旧版目录文件。 The old catalogue file.";

    public const string DiffNewDescription = "新版目录文件。 The new catalogue file.";

    public const string DiffFormatDescription = "输出格式：table、json 或 markdown。 The output format: table, json or markdown.";

    public const string RenameDescription =
        "确认改名：旧名称=新名称（可重复）。 Confirm a rename: OLD=NEW (repeatable).";

    public const string DiffRefused = "目录有错误，无法比较。 A catalogue has errors; it cannot be compared.";

    public static string InvalidRename(string value) =>
        "--rename 的值「" + value + "」应写作 旧名称=新名称。 The --rename value '" + value + "' must be OLD=NEW.";

    public static string RenameTargetMissing(string name, string path) =>
        "新名称「" + name + "」不在 " + path + " 中。 The new name '" + name + "' is not in " + path + ".";

    public const string ConvertDescription =
        "把 GB18030/GBK 编码的目录文件转换为 UTF-8（无字节顺序标记）：直接替换原文件，或用 --output 写到另一文件。文件已是 UTF-8 时不做任何改动。 " +
        "Convert a GB18030/GBK catalogue file to UTF-8 (no byte-order mark), in place or to --output. A file that is already UTF-8 is left alone.";

    public const string ConvertFileDescription = "要转换的目录文件。 The catalogue file to convert.";

    public const string ConvertFromDescription =
        "原文件的编码：gb18030（默认）、gbk 或 gb2312，都按 GB18030 解码（它包含另两者）。 " +
        "The file's encoding: gb18030 (the default), gbk or gb2312, all decoded as GB18030, which contains the other two.";

    public const string ConvertOutputDescription =
        "写入此文件；省略时替换原文件（先写临时文件再改名，中断也不会损坏原文件）。 " +
        "Write to this file; when omitted, the file is replaced (through a temporary file and a rename, so an interruption never leaves it half-written).";

    public const string ConvertBadUtf8WithBom =
        "文件以 UTF-8 字节顺序标记开头，却含有不是 UTF-8 的字节，无法判断其编码；文件未转换。请用编辑器检查并重新保存为 UTF-8。 " +
        "The file starts with a UTF-8 byte-order mark but holds bytes that are not UTF-8, so its encoding cannot be told; nothing was converted. Check it in an editor and save it as UTF-8.";

    public static string ConvertBadUtf16(string encoding) =>
        "文件以 " + encoding + " 字节顺序标记开头，但内容不是有效的 " + encoding + "；文件未转换。 " +
        "The file starts with a " + encoding + " byte-order mark but is not valid " + encoding + "; nothing was converted.";

    public static string AlreadyUtf8(string path) =>
        "文件已是 UTF-8 编码，无需转换，未做任何改动：" + path + " The file is already UTF-8; nothing was converted: " + path;

    public static string ConvertNotGb18030(int line, int offset, string from) =>
        string.Format(
            CultureInfo.InvariantCulture,
            "第 {0} 行（第 {1} 字节）不是有效的 {2} 编码，文件未转换。请确认文件的编码。 Line {0} (byte {1}) is not valid {3}; nothing was converted. Check the file's encoding.",
            line,
            offset,
            from.ToUpperInvariant(),
            from.ToUpperInvariant());

    public static string Converted(string path, string from, string target) =>
        "已把 " + path + " 从 " + from + " 转换为 UTF-8（无字节顺序标记）：" + target + " Converted " + path + " from " + from + " to UTF-8 (no byte-order mark): " + target;

    public static string ConvertedCheck(string summary, string target) =>
        "转换后的目录检查结果 / The converted catalogue: " + summary + " 详情 / details: catalog lint " + target;

    public const string FindDescription =
        "按输入的文字查找目录中的手术并排序（口语简称、同义写法、省略「术」或括号限定语、繁体字均可）；有结果退出码为 0，无结果为 1，用法或文件有误为 2。 " +
        "Find the catalogue's procedures that match typed text, ranked (colloquial forms, synonyms, a missing 术 or bracketed qualifier, traditional characters); exit code 0 with results, 1 with none, 2 on bad usage or an unreadable file.";

    public const string FindFileDescription = "要查找的目录文件。 The catalogue file to search.";

    public const string FindTextDescription = "要查找的文字，如「冠脉造影」。 The text to look for, such as 冠脉造影.";

    public const string FindMaxDescription = "最多列出的结果数（默认 10）。 The most suggestions to list (default 10).";

    public const string FindBadMax = "--max 必须是正整数。 --max must be a positive whole number.";

    public const string FindFormatDescription = "输出格式：table（默认）或 json。 The output format: table (default) or json.";

    public const string FindSynonymsDescription =
        "本院的同义词表，补充随附的同义词表（格式见 docs/suggestions.md）。 The hospital's synonym table, added to the shipped one (format: docs/suggestions.md).";

    public const string FindNothing = "没有找到匹配的手术。 No procedure matches.";

    public const string FindRefused =
        "目录有错误，无法查找。请先修正以上错误（可运行 catalog lint 查看）。 The catalogue has errors and cannot be searched; correct them first (see catalog lint).";

    public static string FindGradeDependsOnQualifier(string grades) =>
        "注意：手术级别取决于部位或病变等限定语（" + grades + "），以上标 * 的条目都可能适用，请按实际情况选择。 " +
        "Note: the grade depends on a qualifier such as the region or lesion; every entry marked * may apply, choose the one that fits.";
}
