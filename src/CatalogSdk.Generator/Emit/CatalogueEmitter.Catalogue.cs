using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CatalogSdk.Core.Model;

namespace CatalogSdk.Generator.Emit;

internal sealed partial class CatalogueEmitter
{
    private string EmitCatalogue(StringBuilder builder)
    {
        var w = Begin(builder);
        w.Line("/// <summary>");
        w.Line("/// 《" + Escaping.XmlDoc(CatalogueTitle) + "》：按手术、级别、专科查询，按名称或缩写查找。所有查询都不分配内存。");
        w.Line("/// The catalogue's tables and typed queries: by procedure, grade and specialty, and lookup by name or");
        w.Line("/// abbreviation. Lookups allocate nothing; nothing is parsed at run time.");
        w.Line("/// </summary>");
        w.Line(GeneratedCodeAttribute);
        w.Open("public static partial class Catalogue");
        EmitConstants(w);
        EmitTables(w);
        EmitQueries(w);
        EmitLookup(w);
        w.Close();
        return End(w);
    }

    private void EmitConstants(IndentedWriter w)
    {
        w.Line("/// <summary>目录名称。 The catalogue's title.</summary>");
        w.Line("public const string Title = " + Escaping.Literal(CatalogueTitle) + ";");
        w.Line();
        w.Line("/// <summary>生成本代码的目录文件名。 The name of the catalogue file this code was generated from.</summary>");
        w.Line("public const string SourceFileName = " + Escaping.Literal(_catalogue.FileName) + ";");
        w.Line();
        w.Line("/// <summary>条目数（含兜底条目）。 The number of entries, catch-all rules included.</summary>");
        w.Line("public const int EntryCount = " + Int(_entries.Length) + ";");
        w.Line();
    }

    /// <summary>Strings a packed literal holds (see <see cref="EmitPackedStrings"/>).</summary>
    private const int StringsPerLiteral = 16;

    /// <summary>
    /// The tables, emitted as data rather than as code: first use of the class JIT-compiles its static constructor, and a
    /// constructor with one <c>new ProcedureInfo(…)</c>, one array and a few string literals per entry took about
    /// 20 ms to compile for the shipped catalogue, 4 times the cost of reading the text file (docs/performance.md,
    /// first use). Here every per-entry value is in an array of numbers or enum members (which the compiler stores as
    /// one block of bytes), every table of strings is one string literal per <see cref="StringsPerLiteral"/> strings,
    /// cut apart by lengths, and small loops build the entries and lists from them.
    /// </summary>
    private void EmitTables(IndentedWriter w)
    {
        var count = _entries.Length;
        w.Line("private static readonly " + Info + "[] s_entries = CreateEntries();");
        w.Line();
        w.Line("// The entries, built once from data: entry i has procedures[i], grades[i], names[i] and so on; its specialties");
        w.Line("// are specialtyList[specialtyStarts[i]] up to specialtyList[specialtyStarts[i + 1]].");
        w.Open("private static " + Info + "[] CreateEntries()");
        // Every per-entry item goes straight into the writer: at 50k entries a string per item was most of the time.
        var procedureItems = new ArrayInitializerWriter(w, "var procedures = new Procedure[]", 1);
        foreach (var p in _entries)
        {
            procedureItems.Item().Append("Procedure.").Append(p.Identifier);
            procedureItems.EndItem();
        }

        procedureItems.Close();
        var grades = new ArrayInitializerWriter(w, "var grades = new byte[]", 32);
        foreach (var p in _entries)
        {
            grades.Item().Append((int)p.Grade);
            grades.EndItem();
        }

        grades.Close();
        EmitPackedStrings(w, "var names = ", _entries.Select(p => (string?)p.Name).ToList());
        EmitPackedStrings(w, "var abbreviations = ", _entries.Select(p => p.Abbreviation).ToList());
        EmitPackedStrings(w, "var codes = ", _entries.Select(p => p.Code).ToList());
        EmitPackedStrings(w, "var retiredIn = ", _entries.Select(p => p.RetiredIn).ToList());
        // English names (the @en annotation or an overlay) only when the catalogue has some, so that the entries of a
        // catalogue without them keep the constructor every runtime version has.
        var english = _entries.Any(p => p.EnglishName is not null);
        if (english)
        {
            EmitPackedStrings(w, "var englishNames = ", _entries.Select(p => p.EnglishName).ToList());
        }

        var starts = new ArrayInitializerWriter(w, "var specialtyStarts = new int[]", 16);
        var start = 0;
        starts.Item().Append(start);
        starts.EndItem();
        foreach (var p in _entries)
        {
            start += p.Specialties.Length;
            starts.Item().Append(start);
            starts.EndItem();
        }

        starts.Close();
        var specialtyList = new ArrayInitializerWriter(w, "var specialtyList = new Specialty[]", 8);
        foreach (var p in _entries)
        {
            foreach (var o in p.Specialties)
            {
                specialtyList.Item().Append("Specialty.").Append(_specialtyByOrder[o].Identifier);
                specialtyList.EndItem();
            }
        }

        specialtyList.Close();
        w.Line("var catchAll = new bool[" + Int(count) + "];");
        w.Line("var successors = new Procedure?[" + Int(count) + "];");
        for (var i = 0; i < count; i++)
        {
            if (_entries[i].IsCatchAll)
            {
                w.Line("catchAll[" + Int(i) + "] = true;");
            }
        }

        for (var i = 0; i < count; i++)
        {
            if (_entries[i].RetiredIn is not null && _entries[i].SuccessorId is { } s && _indexById.TryGetValue(s, out var successor))
            {
                w.Line("successors[" + Int(i) + "] = Procedure." + _entries[successor].Identifier + ";");
            }
        }

        w.Line();
        w.Line("var entries = new " + Info + "[" + Int(count) + "];");
        w.Open("for (int i = 0; i < entries.Length; i++)");
        w.Line("var specialties = new Specialty[specialtyStarts[i + 1] - specialtyStarts[i]];");
        w.Line("global::System.Array.Copy(specialtyList, specialtyStarts[i], specialties, 0, specialties.Length);");
        w.Line("entries[i] = new " + Info + "(procedures[i], (int)procedures[i], names[i], (" + Grade + ")grades[i], specialties, abbreviations[i], codes[i], catchAll[i], retiredIn[i], successors[i]" + (english ? ", englishNames[i]" : string.Empty) + ");");
        w.Close();
        w.Line();
        w.Line("return entries;");
        w.Close();
        w.Line();

        EmitUnpackStrings(w);

        w.Line("// The entries at the given indices, in that order.");
        w.Open("private static " + Info + "[] PickEntries(int[] indices)");
        w.Line("var result = new " + Info + "[indices.Length];");
        w.Open("for (int i = 0; i < indices.Length; i++)");
        w.Line("result[i] = s_entries[indices[i]];");
        w.Close();
        w.Line();
        w.Line("return result;");
        w.Close();
        w.Line();

        var maxId = _entries.Length == 0 ? 0 : _entries.Max(p => p.Id);
        w.Line("// Index: procedure ID → entry (null where no procedure has the ID).");
        w.Line("private static readonly " + Info + Q + "[] s_byId = IndexById();");
        w.Line();
        w.Open("private static " + Info + Q + "[] IndexById()");
        w.Line("var byId = new " + Info + Q + "[" + Int(maxId + 1) + "];");
        w.Open("foreach (var entry in s_entries)");
        w.Line("byId[entry.Id] = entry;");
        w.Close();
        w.Line();
        w.Line("return byId;");
        w.Close();
        w.Line();

        w.Line("private static readonly " + SpecialtyInfoType + "[] s_specialties = new " + SpecialtyInfoType + "[]");
        w.Line("{");
        foreach (var s in _specialties)
        {
            w.Line("    new " + SpecialtyInfoType + "(Specialty." + s.Identifier + ", " + Int(s.Order) + ", " + Escaping.Literal(s.Name) + ", " + Escaping.Literal(s.Heading) +
                (s.EnglishName is null ? string.Empty : ", " + Escaping.Literal(s.EnglishName)) + "),");
        }

        w.Line("};");
        w.Line();

        // The lists hold entry positions; each list is made in one pass over the entries, and written straight into the writer.
        var current = new List<int>(count);
        var retired = new List<int>();
        for (var i = 0; i < count; i++)
        {
            (_entries[i].IsRetired ? retired : current).Add(i);
        }

        if (current.Count == _entries.Length)
        {
            w.Line("private static readonly " + Info + "[] s_current = s_entries;");
            w.Line();
        }
        else
        {
            EmitList(w, "s_current", current);
        }

        w.Line("private static readonly " + Info + "[] s_none = new " + Info + "[0];");
        w.Line();

        // Procedures (catch-all rules excluded) by grade, by specialty, and by specialty and grade: index = specialty
        // position * 4 + grade - 1. An entry is in a specialty's lists once, however often it names the specialty.
        var positionsByOrder = new Dictionary<int, List<int>>();
        for (var position = 0; position < _specialties.Length; position++)
        {
            if (!positionsByOrder.TryGetValue(_specialties[position].Order, out var positions))
            {
                positionsByOrder.Add(_specialties[position].Order, positions = new List<int>(1));
            }

            positions.Add(position);
        }

        var procedures = new List<int>(current.Count);
        var catchAll = new List<int>();
        var byGrade = NewLists(4);
        var bySpecialty = NewLists(_specialties.Length);
        var bySpecialtyAndGrade = NewLists(_specialties.Length * 4);
        foreach (var i in current)
        {
            var p = _entries[i];
            if (p.IsCatchAll)
            {
                catchAll.Add(i);
                continue;
            }

            procedures.Add(i);
            var grade = (int)p.Grade;
            var isGrade = grade >= 1 && grade <= 4;
            if (isGrade)
            {
                byGrade[grade - 1].Add(i);
            }

            for (var k = 0; k < p.Specialties.Length; k++)
            {
                var order = p.Specialties[k];
                if (Array.IndexOf(p.Specialties, order, 0, k) >= 0 || !positionsByOrder.TryGetValue(order, out var positions))
                {
                    continue;
                }

                foreach (var position in positions)
                {
                    bySpecialty[position].Add(i);
                    if (isGrade)
                    {
                        bySpecialtyAndGrade[position * 4 + grade - 1].Add(i);
                    }
                }
            }
        }

        EmitList(w, "s_retired", retired);
        EmitList(w, "s_procedures", procedures);
        EmitList(w, "s_catchAll", catchAll);
        for (var g = 1; g <= 4; g++)
        {
            EmitList(w, "s_grade" + Int(g), byGrade[g - 1]);
        }

        w.Line("// By specialty: index = specialty position; by specialty and grade: index = position * 4 + grade - 1.");
        w.Line("private static readonly " + Info + "[][] s_bySpecialty = new " + Info + "[][]");
        w.Line("{");
        foreach (var list in bySpecialty)
        {
            AppendListLiteral(w.Start().Append("    "), list).Append(',').EndLine();
        }

        w.Line("};");
        w.Line();
        w.Line("private static readonly " + Info + "[][] s_bySpecialtyAndGrade = new " + Info + "[][]");
        w.Line("{");
        foreach (var list in bySpecialtyAndGrade)
        {
            AppendListLiteral(w.Start().Append("    "), list).Append(',').EndLine();
        }

        w.Line("};");
        w.Line();
    }

    private static List<int>[] NewLists(int count)
    {
        var lists = new List<int>[count];
        for (var i = 0; i < count; i++)
        {
            lists[i] = new List<int>();
        }

        return lists;
    }

    /// <summary>
    /// Emits <paramref name="prefix"/> followed by a table of strings: <c>new string[n]</c> when all are null, else
    /// <c>UnpackStrings(literals, lengths)</c>, each literal the next <see cref="StringsPerLiteral"/> strings that are
    /// not null run together, and the lengths one per string (-1: null).
    /// </summary>
    private static void EmitPackedStrings(IndentedWriter w, string prefix, IReadOnlyList<string?> values)
    {
        if (values.All(v => v is null))
        {
            w.Line(prefix + "new string[" + Int(values.Count) + "];");
            w.Line();
            return;
        }

        w.Line(prefix + "UnpackStrings(");
        w.Line("    new string[]");
        w.Line("    {");

        // Each literal is the next strings run together; escaping is per character, so each string is escaped into it
        // in turn.
        var inPart = 0;
        foreach (var value in values)
        {
            if (value is null)
            {
                continue;
            }

            if (inPart == 0)
            {
                w.Start().Append("        ").Append('"');
            }

            w.AppendLiteralContent(value);
            if (++inPart == StringsPerLiteral)
            {
                w.Append('"').Append(',').EndLine();
                inPart = 0;
            }
        }

        if (inPart > 0)
        {
            w.Append('"').Append(',').EndLine();
        }

        w.Line("    },");
        w.Line("    new int[]");
        w.Line("    {");
        var i = 0;
        foreach (var value in values)
        {
            var item = i % 16 == 0 ? w.Start().Append("        ") : w.Append(' ');
            (value is null ? item.Append("-1") : item.Append(value.Length)).Append(',');
            if (++i % 16 == 0)
            {
                w.EndLine();
            }
        }

        if (i % 16 != 0)
        {
            w.EndLine();
        }

        w.Line("    });");
        w.Line();
    }

    private static void EmitUnpackStrings(IndentedWriter w)
    {
        w.Line("// Cuts strings out of literals that hold " + Int(StringsPerLiteral) + " strings each, run together: one per length, null where the");
        w.Line("// length is -1.");
        w.Open("private static string[] UnpackStrings(string[] literals, int[] lengths)");
        w.Line("var result = new string[lengths.Length];");
        w.Line("int literal = 0, start = 0, inLiteral = 0;");
        w.Open("for (int i = 0; i < lengths.Length; i++)");
        w.Open("if (lengths[i] < 0)");
        w.Line("continue;");
        w.Close();
        w.Line();
        w.Open("if (inLiteral == " + Int(StringsPerLiteral) + ")");
        w.Line("literal++;");
        w.Line("start = 0;");
        w.Line("inLiteral = 0;");
        w.Close();
        w.Line();
        w.Line("result[i] = literals[literal].Substring(start, lengths[i]);");
        w.Line("start += lengths[i];");
        w.Line("inLiteral++;");
        w.Close();
        w.Line();
        w.Line("return result;");
        w.Close();
        w.Line();
    }

    /// <summary>Emits a field holding the entries at <paramref name="positions"/> (positions in the entries).</summary>
    private void EmitList(IndentedWriter w, string field, List<int> positions)
    {
        AppendListLiteral(w.Start().Append("private static readonly " + Info + "[] ").Append(field).Append(" = "), positions).Append(';').EndLine();
        w.Line();
    }

    /// <summary>Appends the entries at <paramref name="positions"/> as an expression: <c>PickEntries</c> over their indices.</summary>
    private IndentedWriter AppendListLiteral(IndentedWriter w, List<int> positions)
    {
        if (positions.Count == 0)
        {
            return w.Append("new " + Info + "[0]");
        }

        w.Append("PickEntries(new int[] { ");
        for (var k = 0; k < positions.Count; k++)
        {
            if (k > 0)
            {
                w.Append(", ");
            }

            w.Append(_listIndex[positions[k]]);
        }

        return w.Append(" })");
    }

    private void EmitQueries(IndentedWriter w)
    {
        var list = "global::CatalogSdk.CatalogList<" + Info + ">";
        w.Line("/// <summary>目录现有的所有条目，含兜底条目，不含已停用的手术，按 ID 排序。 Every current entry, catch-all rules included, retired procedures excluded, in ID order.</summary>");
        w.Line("public static " + list + " Entries { get { return new " + list + "(s_current); } }");
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// 已停用的手术：目录不再列出，但锁文件保留其 ID，以便读取历史数据。新代码不应使用。");
        w.Line("/// Retired procedures: no longer in the catalogue, kept by the lock with their IDs so old data still reads.");
        w.Line("/// New code should not use them.");
        w.Line("/// </summary>");
        w.Line("public static " + list + " Retired { get { return new " + list + "(s_retired); } }");
        w.Line();
        w.Line("/// <summary>所有手术（不含兜底条目），按 ID 排序。 Every procedure (catch-all rules excluded), in ID order.</summary>");
        w.Line("public static " + list + " Procedures { get { return new " + list + "(s_procedures); } }");
        w.Line();
        w.Line("/// <summary>兜底条目（如「其他准予临床应用的新技术」）：新技术的规则，不是手术。 The catch-all rules for new techniques: rules, not procedures.</summary>");
        w.Line("public static " + list + " CatchAllRules { get { return new " + list + "(s_catchAll); } }");
        w.Line();
        w.Line("/// <summary>所有专科，按编号排序。 The specialties in heading order.</summary>");
        w.Line("public static global::CatalogSdk.CatalogList<" + SpecialtyInfoType + "> Specialties { get { return new global::CatalogSdk.CatalogList<" + SpecialtyInfoType + ">(s_specialties); } }");
        w.Line();

        w.Line("/// <summary>Whether <paramref name=\"procedure\"/> is a member of <see cref=\"Procedure\"/>.</summary>");
        w.Open("public static bool IsDefined(Procedure procedure)");
        w.Line("int id = (int)procedure;");
        w.Line("return (uint)id < (uint)s_byId.Length && s_byId[id] != null;");
        w.Close();
        w.Line();

        w.Line("/// <summary>The information of <paramref name=\"procedure\"/>, or false when it is not a member of <see cref=\"Procedure\"/>.</summary>");
        w.Open("public static bool TryGet(Procedure procedure, out " + Info + " info)");
        w.Line("int id = (int)procedure;");
        w.Open("if ((uint)id < (uint)s_byId.Length)");
        w.Line("var found = s_byId[id];");
        w.Open("if (found != null)");
        w.Line("info = found;");
        w.Line("return true;");
        w.Close();
        w.Close();
        w.Line();
        w.Line("info = null" + (_nullable ? "!" : string.Empty) + ";");
        w.Line("return false;");
        w.Close();
        w.Line();

        w.Line("/// <summary>The information of <paramref name=\"procedure\"/>.</summary>");
        w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">Not a member of <see cref=\"Procedure\"/>.</exception>");
        w.Line(AggressiveInlining);
        w.Open("public static " + Info + " Get(Procedure procedure)");
        w.Line("var byId = s_byId;");
        w.Line("int id = (int)procedure;");
        w.Open("if ((uint)id < (uint)byId.Length)");
        w.Line("var found = byId[id];");
        w.Open("if (found != null)");
        w.Line("return found;");
        w.Close();
        w.Close();
        w.Line();
        w.Line("return ThrowNotAProcedure(procedure);");
        w.Close();
        w.Line();
        w.Line("// Kept out of Get so that Get stays small enough to inline.");
        w.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]");
        w.Open("private static " + Info + " ThrowNotAProcedure(Procedure procedure)");
        w.Line("throw new global::System.ArgumentOutOfRangeException(\"procedure\", procedure, \"不是本目录中的手术。 Not a procedure of this catalogue.\");");
        w.Close();
        w.Line();

        w.Line("/// <summary>The information of <paramref name=\"specialty\"/>.</summary>");
        w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">Not a member of <see cref=\"Specialty\"/>.</exception>");
        w.Open("public static " + SpecialtyInfoType + " Get(Specialty specialty)");
        w.Line("int index = SpecialtyIndex(specialty);");
        w.Open("if (index < 0)");
        w.Line("throw new global::System.ArgumentOutOfRangeException(\"specialty\", specialty, \"不是本目录中的专科。 Not a specialty of this catalogue.\");");
        w.Close();
        w.Line();
        w.Line("return s_specialties[index];");
        w.Close();
        w.Line();

        w.Line("/// <summary>某一级别的手术（不含兜底条目）；不是 1–4 级时为空。 The procedures of <paramref name=\"grade\"/> (catch-all rules excluded); empty for a value that is not a grade.</summary>");
        w.Open("public static " + list + " ByGrade(" + Grade + " grade)");
        w.Open("switch (grade)");
        for (var g = 1; g <= 4; g++)
        {
            w.Line("case " + Grade + ".Grade" + Int(g) + ": return new " + list + "(s_grade" + Int(g) + ");");
        }

        w.Line("default: return new " + list + "(s_none);");
        w.Close();
        w.Close();
        w.Line();

        w.Line("/// <summary>某一专科的手术（不含兜底条目）；不是本目录的专科时为空。 The procedures of <paramref name=\"specialty\"/> (catch-all rules excluded); empty for a value that is not a specialty.</summary>");
        w.Open("public static " + list + " BySpecialty(Specialty specialty)");
        w.Line("int index = SpecialtyIndex(specialty);");
        w.Line("return new " + list + "(index < 0 ? s_none : s_bySpecialty[index]);");
        w.Close();
        w.Line();

        w.Line("/// <summary>某一专科中某一级别的手术（不含兜底条目）。 The procedures of <paramref name=\"specialty\"/> with <paramref name=\"grade\"/> (catch-all rules excluded).</summary>");
        w.Open("public static " + list + " BySpecialtyAndGrade(Specialty specialty, " + Grade + " grade)");
        w.Line("int index = SpecialtyIndex(specialty);");
        w.Open("if (index < 0 || grade < " + Grade + ".Grade1 || grade > " + Grade + ".Grade4)");
        w.Line("return new " + list + "(s_none);");
        w.Close();
        w.Line();
        w.Line("return new " + list + "(s_bySpecialtyAndGrade[index * 4 + (int)grade - 1]);");
        w.Close();
        w.Line();

        w.Open("private static int SpecialtyIndex(Specialty specialty)");
        w.Open("switch (specialty)");
        for (var i = 0; i < _specialties.Length; i++)
        {
            w.Line("case Specialty." + _specialties[i].Identifier + ": return " + Int(i) + ";");
        }

        w.Line("default: return -1;");
        w.Close();
        w.Close();
        w.Line();
    }
}
