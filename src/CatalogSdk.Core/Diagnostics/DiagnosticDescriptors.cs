using System;
using System.Collections.Generic;

namespace CatalogSdk.Core.Diagnostics;

/// <summary>
/// Every diagnostic CatalogSdk reports from catalogue files. IDs carry one prefix (CSDK) and are never reused:
/// 1xxx catalogue text, 2xxx lock file, 3xxx code that uses a catalogue, 9xxx the generator itself.
/// Each message says what is wrong and what to do, in Chinese first, then English.
/// </summary>
public static class DiagnosticDescriptors
{
    /// <summary>Category of diagnostics about the catalogue text.</summary>
    public const string CatalogueCategory = "Catalogue";

    /// <summary>Category of diagnostics about lock files and drift.</summary>
    public const string LockCategory = "Lock";

    /// <summary>Category of diagnostics about the generator itself.</summary>
    public const string GeneratorCategory = "Generator";

    private static readonly Dictionary<string, CatalogueDiagnosticDescriptor> s_byId = new(StringComparer.Ordinal);

    /// <summary>CSDK1001: a line holds U+FFFD, text that could not be decoded.</summary>
    public static readonly CatalogueDiagnosticDescriptor UndecodableText = Add(
        "CSDK1001", CatalogueSeverity.Error, CatalogueCategory,
        "无法解码的文字 / Undecodable text",
        "此行含有无法解码的字符（U+FFFD），文件可能不是 UTF-8 编码。请用 UTF-8 编码重新保存此文件。 This line holds undecodable text (U+FFFD); the file is probably not UTF-8. Re-save the file as UTF-8.");

    /// <summary>CSDK1002: the file is not UTF-8 (for example GBK without a byte-order mark).</summary>
    public static readonly CatalogueDiagnosticDescriptor NotUtf8 = Add(
        "CSDK1002", CatalogueSeverity.Error, CatalogueCategory,
        "文件不是 UTF-8 编码 / File is not UTF-8",
        "文件不是 UTF-8 编码（读取时使用了 {0}，常见原因是 GBK/GB18030 编码）。请用 UTF-8 编码重新保存，或运行 catalog convert 转换。 The file is not UTF-8 (it was read as {0}; GBK/GB18030 is the usual cause). Re-save it as UTF-8, or convert it with 'catalog convert'.");

    /// <summary>CSDK1003: text before the first specialty heading.</summary>
    public static readonly CatalogueDiagnosticDescriptor TextBeforeFirstHeading = Add(
        "CSDK1003", CatalogueSeverity.Error, CatalogueCategory,
        "第一个专科标题之前有文字 / Text before the first heading",
        "「{0}」出现在第一个专科标题之前。目录应以标题行和专科标题（如「（一）…手术分级目录」）开始；请把这行移到专科和级别标题之下，或在行首加 # 作为注释。 '{0}' comes before the first specialty heading. A catalogue starts with a title line and a specialty heading such as '（一）…手术分级目录'; move this line under a specialty and grade heading, or start it with # to make it a comment.");

    /// <summary>CSDK1004: a procedure before any grade heading of its specialty.</summary>
    public static readonly CatalogueDiagnosticDescriptor ProcedureBeforeGradeHeading = Add(
        "CSDK1004", CatalogueSeverity.Error, CatalogueCategory,
        "手术前没有级别标题 / Procedure before any grade heading",
        "手术「{0}」之前没有级别标题。请在它上方加上「一级手术」…「四级手术」中的一个。 The procedure '{0}' has no grade heading above it in its specialty. Add one of 一级手术 … 四级手术 above it.");

    /// <summary>CSDK1005: a grade heading before any specialty heading.</summary>
    public static readonly CatalogueDiagnosticDescriptor GradeHeadingBeforeSpecialty = Add(
        "CSDK1005", CatalogueSeverity.Error, CatalogueCategory,
        "级别标题前没有专科标题 / Grade heading before any specialty heading",
        "级别标题「{0}」之前没有专科标题。请在它上方加上专科标题，例如「（一）心血管疾病介入诊疗手术分级目录」。 The grade heading '{0}' comes before any specialty heading. Add a specialty heading above it, for example '（一）心血管疾病介入诊疗手术分级目录'.");

    /// <summary>CSDK1006: a grade heading that is unknown or out of range.</summary>
    public static readonly CatalogueDiagnosticDescriptor InvalidGradeHeading = Add(
        "CSDK1006", CatalogueSeverity.Error, CatalogueCategory,
        "无效的级别标题 / Invalid grade heading",
        "「{0}」不是有效的级别标题。手术只有四级，标题须写作「一级手术」「二级手术」「三级手术」或「四级手术」。 '{0}' is not a valid grade heading. There are four grades; write the heading as 一级手术, 二级手术, 三级手术 or 四级手术.");

    /// <summary>CSDK1007: a malformed or repeated specialty heading.</summary>
    public static readonly CatalogueDiagnosticDescriptor InvalidSpecialtyHeading = Add(
        "CSDK1007", CatalogueSeverity.Error, CatalogueCategory,
        "无效的专科标题 / Invalid specialty heading",
        "专科标题「{0}」无效：{1}。 The specialty heading '{0}' is invalid: {2}.");

    /// <summary>CSDK1008: specialty headings out of sequence.</summary>
    public static readonly CatalogueDiagnosticDescriptor SpecialtyOutOfSequence = Add(
        "CSDK1008", CatalogueSeverity.Warning, CatalogueCategory,
        "专科编号不连续 / Specialty numbering out of sequence",
        "专科标题编号为（{0}），但按顺序应为（{1}）。请检查是否漏掉或重复了专科。 The specialty heading is numbered ({0}) where ({1}) was expected. Check for a missing or repeated specialty.");

    /// <summary>CSDK1009: the same procedure twice in one specialty with the same grade.</summary>
    public static readonly CatalogueDiagnosticDescriptor DuplicateInSpecialty = Add(
        "CSDK1009", CatalogueSeverity.Warning, CatalogueCategory,
        "同一专科内重复的手术 / Duplicate procedure within a specialty",
        "手术「{0}」在同一专科中重复出现（第 {1} 行与第 {2} 行），按一个手术处理。请删除重复的一行。 The procedure '{0}' is listed twice in the same specialty (lines {1} and {2}); it is kept once. Delete the repeated line.");

    /// <summary>CSDK1010: the same procedure with two different grades.</summary>
    public static readonly CatalogueDiagnosticDescriptor ConflictingGrades = Add(
        "CSDK1010", CatalogueSeverity.Error, CatalogueCategory,
        "同一手术级别冲突 / Conflicting grades for one procedure",
        "手术「{0}」在第 {1} 行为{2}，在第 {3} 行为{4}。同一手术只能有一个级别；请核对官方目录，删除或更正其中一行。 The procedure '{0}' is {5} at line {1} and {6} at line {3}. A procedure has one grade; check the official catalogue and delete or correct one of the lines.");

    /// <summary>CSDK1011: a line that looks wrapped onto the next one.</summary>
    public static readonly CatalogueDiagnosticDescriptor LooksWrapped = Add(
        "CSDK1011", CatalogueSeverity.Error, CatalogueCategory,
        "手术名称似乎被折行 / Procedure name looks wrapped",
        "「{0}」{1}，看起来是被折成了两行。请把下一行接到这一行末尾，合并为一行。 '{0}' {2}: it looks wrapped onto the next line. Join the next line onto the end of this one.");

    /// <summary>CSDK1012: a closing bracket with no opening bracket: the tail of a wrapped line.</summary>
    public static readonly CatalogueDiagnosticDescriptor UnbalancedBracket = Add(
        "CSDK1012", CatalogueSeverity.Error, CatalogueCategory,
        "括号不配对 / Unbalanced bracket",
        "「{0}」中的右括号没有对应的左括号，这一行可能是上一行折行后剩下的部分。请把它接到上一行末尾，或补全括号。 '{0}' has a closing bracket with no opening bracket; it is probably the rest of a wrapped line. Join it onto the end of the previous line, or complete the brackets.");

    /// <summary>CSDK1013: a line that looks like two procedures run together.</summary>
    public static readonly CatalogueDiagnosticDescriptor LooksRunTogether = Add(
        "CSDK1013", CatalogueSeverity.Warning, CatalogueCategory,
        "一行似乎包含两个手术 / Two procedures run together",
        "「{0}」看起来是两个手术连在了一行：「{1}」和「{2}」。如确为两个手术，请分成两行。 '{0}' looks like two procedures run together: '{1}' and '{2}'. If they are two procedures, put each on its own line.");

    /// <summary>CSDK1014: a catalogue with no procedures.</summary>
    public static readonly CatalogueDiagnosticDescriptor EmptyCatalogue = Add(
        "CSDK1014", CatalogueSeverity.Error, CatalogueCategory,
        "目录为空 / Empty catalogue",
        "目录中没有任何手术。请检查文件内容是否完整，至少需要一个专科标题、一个级别标题和一个手术。 The catalogue holds no procedures. Check that the file is complete: it needs at least a specialty heading, a grade heading and a procedure.");

    /// <summary>CSDK1015: an unknown annotation.</summary>
    public static readonly CatalogueDiagnosticDescriptor UnknownAnnotation = Add(
        "CSDK1015", CatalogueSeverity.Error, CatalogueCategory,
        "未知的标注 / Unknown annotation",
        "未知的标注「@{0}」。可用的标注有：@缩写（@abbr）、@编码（@code）、@兜底（@catch-all）、@原名（@renamed-from）、@取代（@replaces）、@英文（@en）。 Unknown annotation '@{0}'. The annotations are @abbr (@缩写), @code (@编码), @catch-all (@兜底), @renamed-from (@原名), @replaces (@取代) and @en (@英文).");

    /// <summary>CSDK1016: an annotation with a missing, extra or repeated value.</summary>
    public static readonly CatalogueDiagnosticDescriptor InvalidAnnotation = Add(
        "CSDK1016", CatalogueSeverity.Error, CatalogueCategory,
        "标注格式错误 / Malformed annotation",
        "标注「@{0}」格式错误：{1}。 The annotation '@{0}' is malformed: {2}.");

    /// <summary>CSDK1017: annotations with no procedure name before them.</summary>
    public static readonly CatalogueDiagnosticDescriptor AnnotationWithoutName = Add(
        "CSDK1017", CatalogueSeverity.Error, CatalogueCategory,
        "标注前没有手术名称 / Annotation without a procedure name",
        "这一行只有标注，没有手术名称。标注须写在手术名称之后，例如「冠状动脉造影术 @缩写 CAG」。 This line holds annotations but no procedure name. Write annotations after the name, for example '冠状动脉造影术 @abbr CAG'.");

    /// <summary>CSDK1018: an invisible or bidirectional control character.</summary>
    public static readonly CatalogueDiagnosticDescriptor InvisibleCharacter = Add(
        "CSDK1018", CatalogueSeverity.Error, CatalogueCategory,
        "不可见字符或控制字符 / Invisible or control character",
        "此行第 {0} 列有不可见字符 {1}，它会让两个名称看起来一样或改变文字的显示顺序。请删除该字符。 Column {0} holds the invisible character {1}, which can make two names look alike or reorder what a reader sees. Delete it.");

    /// <summary>CSDK1019: two procedures whose identifiers collide.</summary>
    public static readonly CatalogueDiagnosticDescriptor IdentifierCollision = Add(
        "CSDK1019", CatalogueSeverity.Warning, CatalogueCategory,
        "标识符冲突 / Identifier collision",
        "「{0}」与第 {1} 行的「{2}」生成相同的标识符 {3}，本项改用 {4}。如需更清楚的名称，请调整其中一个名称的标点。 '{0}' and '{2}' (line {1}) make the same identifier {3}; this one is named {4}. Change the punctuation of one name for a clearer identifier.");

    /// <summary>CSDK1020: one abbreviation for two different procedures.</summary>
    public static readonly CatalogueDiagnosticDescriptor AmbiguousAbbreviation = Add(
        "CSDK1020", CatalogueSeverity.Warning, CatalogueCategory,
        "缩写重复 / Ambiguous abbreviation",
        "缩写「{0}」同时属于「{1}」（第 {2} 行）和「{3}」，因此不能按缩写查找其中任何一个。请改正其中一个缩写。 The abbreviation '{0}' belongs to both '{1}' (line {2}) and '{3}', so neither can be found by it. Correct one of the abbreviations.");

    /// <summary>CSDK1021: an identifier adjusted because the name is a keyword or does not start with a letter.</summary>
    public static readonly CatalogueDiagnosticDescriptor IdentifierAdjusted = Add(
        "CSDK1021", CatalogueSeverity.Info, CatalogueCategory,
        "标识符已调整 / Identifier adjusted",
        "「{0}」不能直接用作 C# 标识符（{1}），生成的标识符为 {2}。 '{0}' cannot be a C# identifier as written ({3}); the generated identifier is {2}.");

    /// <summary>CSDK1022: a row that looks like a catch-all rule but is not marked.</summary>
    public static readonly CatalogueDiagnosticDescriptor UnmarkedCatchAll = Add(
        "CSDK1022", CatalogueSeverity.Warning, CatalogueCategory,
        "未标注的兜底条目 / Unmarked catch-all row",
        "「{0}」看起来是新技术的兜底条目，而不是具体手术。请在行末加上 @兜底（@catch-all），使授权检查不把它当作手术。 '{0}' looks like the catch-all rule for new techniques rather than a procedure. Add @catch-all (@兜底) at the end of the line so that privilege checks do not treat it as a procedure.");

    /// <summary>CSDK1023: a catalogue file over the size limit.</summary>
    public static readonly CatalogueDiagnosticDescriptor CatalogueTooLarge = Add(
        "CSDK1023", CatalogueSeverity.Error, CatalogueCategory,
        "目录文件过大 / Catalogue file too large",
        "目录文件过大（{0}），超过上限 {1}；只读取了上限以内的部分。请检查是否选错了文件，或把目录拆分为多个文件。 The catalogue file has {2}, over the limit of {3}; only the part within the limit was read. Check that this is the right file, or split the catalogue into several files.");

    /// <summary>CSDK1024: a line over the length limit.</summary>
    public static readonly CatalogueDiagnosticDescriptor LineTooLong = Add(
        "CSDK1024", CatalogueSeverity.Error, CatalogueCategory,
        "行过长 / Line too long",
        "这一行有 {0} 个字符，超过上限 {1}，没有被读取。手术名称不会这么长：请检查是否有多行被连在了一起。 This line has {0} characters, over the limit of {1}, and was not read. No procedure name is that long: check whether several lines were run together.");

    /// <summary>CSDK1025: the Identifiers setting of a catalogue is neither Chinese nor Ascii.</summary>
    public static readonly CatalogueDiagnosticDescriptor UnknownIdentifierMode = Add(
        "CSDK1025", CatalogueSeverity.Error, CatalogueCategory,
        "未知的标识符模式 / Unknown identifier mode",
        "标识符模式「{0}」无效。请把目录的 Identifiers 元数据或项目的 CatalogSdkIdentifiers 属性设为 Chinese（默认，中文标识符）或 Ascii（英文名或拼音标识符）。 The identifier mode '{0}' is not valid. Set the catalogue's Identifiers metadata or the project's CatalogSdkIdentifiers property to Chinese (the default: Chinese identifiers) or Ascii (identifiers from English names or pinyin).");

    /// <summary>CSDK1026: a line of an English-name overlay is malformed.</summary>
    public static readonly CatalogueDiagnosticDescriptor MalformedEnglishNameLine = Add(
        "CSDK1026", CatalogueSeverity.Warning, CatalogueCategory,
        "英文名对照行格式错误 / Malformed English-name line",
        "此行已忽略：{0}。每行写作「中文名<Tab>English name」，以 # 开头的行为注释。 This line is ignored: {1}. Write each line as '中文名<Tab>English name'; lines starting with # are comments.");

    /// <summary>CSDK1027: an overlay line names no procedure or specialty of the catalogue.</summary>
    public static readonly CatalogueDiagnosticDescriptor UnknownEnglishNameTarget = Add(
        "CSDK1027", CatalogueSeverity.Warning, CatalogueCategory,
        "英文名对照中的名称不在目录中 / English name for a name the catalogue does not have",
        "「{0}」不是目录「{1}」中的手术或专科，其英文名已忽略。请按目录原文改正名称，或删除此行。 '{0}' is not a procedure or specialty of the catalogue '{1}'; its English name is ignored. Correct the name to match the catalogue, or delete the line.");

    /// <summary>CSDK1028: an overlay names one procedure twice.</summary>
    public static readonly CatalogueDiagnosticDescriptor DuplicateEnglishName = Add(
        "CSDK1028", CatalogueSeverity.Warning, CatalogueCategory,
        "英文名重复 / Duplicate English name",
        "「{0}」的英文名已在第 {1} 行给出，此行已忽略。请删除其中一行。 '{0}' already has an English name on line {1}; this line is ignored. Delete one of the two lines.");

    /// <summary>CSDK2000: a catalogue without a lock file.</summary>
    public static readonly CatalogueDiagnosticDescriptor LockMissing = Add(
        "CSDK2000", CatalogueSeverity.Warning, LockCategory,
        "缺少锁文件 / No lock file",
        "目录没有锁文件 {0}，手术 ID 按出现顺序分配，目录改动时可能变化。请运行 catalog lock update {1} 创建锁文件并提交。 The catalogue has no lock file {0}, so procedure IDs follow the order of lines and can change when the catalogue does. Run 'catalog lock update {1}' to create it, and commit it.");

    /// <summary>CSDK2001: a procedure the lock has not accepted.</summary>
    public static readonly CatalogueDiagnosticDescriptor DriftAdded = Add(
        "CSDK2001", CatalogueSeverity.Error, LockCategory,
        "目录新增了手术 / Procedure added",
        "目录新增了手术「{0}」（{1}），锁文件中没有它。如确为新增，请运行 catalog lock update {2} 接受此更改。 The catalogue adds the procedure '{0}' ({3}), which the lock does not hold. If the addition is intended, run 'catalog lock update {2}' to accept it.");

    /// <summary>CSDK2002: a procedure removed from the catalogue without a tombstone in the lock.</summary>
    public static readonly CatalogueDiagnosticDescriptor DriftRemoved = Add(
        "CSDK2002", CatalogueSeverity.Error, LockCategory,
        "手术被删除但未登记停用 / Procedure removed without a tombstone",
        "锁文件中的手术「{0}」（ID {1}）已不在目录中。如确已停用，请运行 catalog lock update {2} --edition <版次> 登记停用；如是改名，请在新名称后加上 @原名 {0}。 The procedure '{0}' (ID {1}) in the lock is no longer in the catalogue. If it is retired, run 'catalog lock update {2} --edition <edition>' to record a tombstone; if it was renamed, add '@renamed-from {0}' after the new name.");

    /// <summary>CSDK2003: a procedure whose grade changed.</summary>
    public static readonly CatalogueDiagnosticDescriptor DriftRegraded = Add(
        "CSDK2003", CatalogueSeverity.Error, LockCategory,
        "手术级别变更 / Procedure regraded",
        "手术「{0}」（ID {1}）的级别由{2}变为{3}。请核对；如确为调整，请运行 catalog lock update {4} 接受此更改。 The procedure '{0}' (ID {1}) changed from {5} to {6}. Check it; if the regrade is intended, run 'catalog lock update {4}' to accept it.");

    /// <summary>CSDK2004: a procedure whose specialties changed.</summary>
    public static readonly CatalogueDiagnosticDescriptor DriftSpecialties = Add(
        "CSDK2004", CatalogueSeverity.Error, LockCategory,
        "手术所属专科变更 / Procedure specialties changed",
        "手术「{0}」（ID {1}）的专科由「{2}」变为「{3}」。如确为调整，请运行 catalog lock update {4} 接受此更改。 The specialties of '{0}' (ID {1}) changed from '{2}' to '{3}'. If this is intended, run 'catalog lock update {4}' to accept it.");

    /// <summary>CSDK2005: a procedure renamed (confirmed by @renamed-from).</summary>
    public static readonly CatalogueDiagnosticDescriptor DriftRenamed = Add(
        "CSDK2005", CatalogueSeverity.Error, LockCategory,
        "手术改名 / Procedure renamed",
        "手术「{0}」（ID {1}）改名为「{2}」。请运行 catalog lock update {3} 接受此更改；旧名称会作为别名保留，ID 不变。 The procedure '{0}' (ID {1}) is renamed '{2}'. Run 'catalog lock update {3}' to accept it; the old name is kept as an alias of the same ID.");

    /// <summary>CSDK2006: a retired procedure listed again.</summary>
    public static readonly CatalogueDiagnosticDescriptor DriftReinstated = Add(
        "CSDK2006", CatalogueSeverity.Error, LockCategory,
        "已停用的手术重新出现 / Retired procedure listed again",
        "手术「{0}」（ID {1}）已在 {2} 版停用，但又出现在目录中。如确为恢复，请运行 catalog lock update {3} 接受此更改（沿用原 ID）。 The procedure '{0}' (ID {1}) was retired in {2} but is listed again. If it is reinstated, run 'catalog lock update {3}' to accept it (it keeps its ID).");

    /// <summary>CSDK2007: a catalogue without a lock file where locks are required.</summary>
    public static readonly CatalogueDiagnosticDescriptor LockRequired = Add(
        "CSDK2007", CatalogueSeverity.Error, LockCategory,
        "缺少锁文件（要求锁文件） / Lock file required",
        "项目要求每个目录都有锁文件（CatalogSdkRequireLock=true），但缺少 {0}。请运行 catalog lock update {1} 创建锁文件并提交。 The project requires a lock file for every catalogue (CatalogSdkRequireLock=true), and {0} is missing. Run 'catalog lock update {1}' to create it, and commit it.");

    /// <summary>CSDK2008: @renamed-from or @replaces names nothing the lock holds.</summary>
    public static readonly CatalogueDiagnosticDescriptor UnknownPredecessor = Add(
        "CSDK2008", CatalogueSeverity.Error, LockCategory,
        "标注引用的旧手术不存在 / Annotation names an unknown procedure",
        "@{0} 引用的「{1}」不是锁文件中的手术。请检查旧名称是否与锁文件一致。 '@{0}' names '{1}', which is not a procedure in the lock. Check that the old name matches the lock.");

    /// <summary>CSDK2009: a procedure whose catch-all marking changed.</summary>
    public static readonly CatalogueDiagnosticDescriptor DriftCatchAll = Add(
        "CSDK2009", CatalogueSeverity.Error, LockCategory,
        "兜底标注变更 / Catch-all marking changed",
        "「{0}」（ID {1}）{2}。如确为调整，请运行 catalog lock update {3} 接受此更改。 '{0}' (ID {1}) {4}. If this is intended, run 'catalog lock update {3}' to accept it.");

    /// <summary>CSDK2010: a lock line that cannot be read.</summary>
    public static readonly CatalogueDiagnosticDescriptor MalformedLockLine = Add(
        "CSDK2010", CatalogueSeverity.Error, LockCategory,
        "锁文件行格式错误 / Malformed lock line",
        "锁文件的这一行无法读取：{0}。锁文件应由 catalog lock update 生成；请从版本库恢复或重新生成。 This lock line cannot be read: {1}. Lock files are written by 'catalog lock update'; restore it from version control or regenerate it.");

    /// <summary>CSDK2011: two lock entries with one ID.</summary>
    public static readonly CatalogueDiagnosticDescriptor DuplicateLockId = Add(
        "CSDK2011", CatalogueSeverity.Error, LockCategory,
        "锁文件 ID 重复 / Duplicate ID in the lock",
        "ID {0} 在锁文件中出现两次（第 {1} 行与第 {2} 行）。ID 不得重复使用；请从版本库恢复锁文件。 ID {0} appears twice in the lock (lines {1} and {2}). IDs are never reused; restore the lock from version control.");

    /// <summary>CSDK2012: two lock entries for one name.</summary>
    public static readonly CatalogueDiagnosticDescriptor DuplicateLockKey = Add(
        "CSDK2012", CatalogueSeverity.Error, LockCategory,
        "锁文件名称重复 / Duplicate name in the lock",
        "名称「{0}」在锁文件中属于两个 ID（第 {1} 行与第 {2} 行）。请从版本库恢复锁文件。 The name '{0}' belongs to two IDs in the lock (lines {1} and {2}). Restore the lock from version control.");

    /// <summary>CSDK2013: a lock entry whose key does not match its name.</summary>
    public static readonly CatalogueDiagnosticDescriptor LockKeyMismatch = Add(
        "CSDK2013", CatalogueSeverity.Error, LockCategory,
        "锁文件被手工修改 / Hand-edited lock entry",
        "锁文件中 ID {0} 的匹配键「{1}」与名称「{2}」不符（应为「{3}」），锁文件可能被手工修改。请从版本库恢复或用 catalog lock update 重新生成。 The key '{1}' of ID {0} does not match its name '{2}' (expected '{3}'); the lock was probably edited by hand. Restore it from version control or regenerate it with 'catalog lock update'.");

    /// <summary>CSDK2014: a successor ID that is not in the lock.</summary>
    public static readonly CatalogueDiagnosticDescriptor UnknownSuccessor = Add(
        "CSDK2014", CatalogueSeverity.Error, LockCategory,
        "后继手术不存在 / Unknown successor",
        "ID {0} 的后继手术 ID {1} 不在锁文件中。请从版本库恢复锁文件。 The successor ID {1} of ID {0} is not in the lock. Restore the lock from version control.");

    /// <summary>CSDK9001: the generator failed internally.</summary>
    public static readonly CatalogueDiagnosticDescriptor GeneratorFailure = Add(
        "CSDK9001", CatalogueSeverity.Error, GeneratorCategory,
        "生成器内部错误 / Generator failure",
        "CatalogSdk 生成器处理该目录时出现内部错误：{0}。请附上此目录文件报告问题。 The CatalogSdk generator failed on this catalogue: {0}. Please report it with the catalogue file attached.");

    /// <summary>CSDK9002: two catalogues generate into one namespace.</summary>
    public static readonly CatalogueDiagnosticDescriptor DuplicateNamespace = Add(
        "CSDK9002", CatalogueSeverity.Error, GeneratorCategory,
        "命名空间重复 / Duplicate namespace",
        "目录「{0}」与「{1}」生成到同一个命名空间 {2}。请为其中一个设置 Namespace 元数据。 The catalogues '{0}' and '{1}' generate into the same namespace {2}. Set the Namespace metadata of one of them.");

    /// <summary>CSDK9003: the namespace setting is not a valid C# namespace.</summary>
    public static readonly CatalogueDiagnosticDescriptor InvalidNamespace = Add(
        "CSDK9003", CatalogueSeverity.Error, GeneratorCategory,
        "命名空间无效 / Invalid namespace",
        "「{0}」不是有效的 C# 命名空间。请在 Namespace 元数据或 CatalogSdkNamespace 属性中使用由点分隔的标识符。 '{0}' is not a valid C# namespace. Use dot-separated identifiers in the Namespace metadata or the CatalogSdkNamespace property.");

    /// <summary>CSDK9004: the runtime library is not referenced.</summary>
    public static readonly CatalogueDiagnosticDescriptor RuntimeNotReferenced = Add(
        "CSDK9004", CatalogueSeverity.Error, GeneratorCategory,
        "未引用 CatalogSdk 运行时库 / CatalogSdk runtime not referenced",
        "生成的代码需要 CatalogSdk 运行时库（CatalogSdk.dll），但项目没有引用它。请添加对 CatalogSdk 包或项目的引用。 The generated code needs the CatalogSdk runtime library (CatalogSdk.dll), which the project does not reference. Add a reference to the CatalogSdk package or project.");

    /// <summary>Every descriptor, in ID order.</summary>
    public static IReadOnlyList<CatalogueDiagnosticDescriptor> All
    {
        get
        {
            var list = new List<CatalogueDiagnosticDescriptor>(s_byId.Values);
            list.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            return list;
        }
    }

    /// <summary>The descriptor of <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such ID.</exception>
    public static CatalogueDiagnosticDescriptor Get(string id) => s_byId[id];

    private static CatalogueDiagnosticDescriptor Add(string id, CatalogueSeverity severity, string category, string title, string format)
    {
        var descriptor = new CatalogueDiagnosticDescriptor(id, severity, category, title, format);
        s_byId.Add(id, descriptor);
        return descriptor;
    }
}
