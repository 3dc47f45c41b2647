using System;
using System.Collections.Generic;
using System.Linq;
using CatalogSdk.Core.Model;

namespace CatalogSdk.Generator.Emit;

internal sealed partial class CatalogueEmitter
{
    private string EmitCatalogue()
    {
        var w = Begin(8192 + _entries.Length * 900);
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

    private void EmitTables(IndentedWriter w)
    {
        w.Open("private static readonly " + Info + "[] s_entries = new " + Info + "[]");
        foreach (var p in _entries)
        {
            w.Start().Append("new ").Append(Info).Append("(Procedure.").Append(p.Identifier).Append(", ").Append(p.Id).Append(", ")
                .AppendLiteral(p.Name).Append(", ").Append(Grade).Append(".Grade").Append((int)p.Grade).Append(", ");
            if (p.Specialties.Length == 0)
            {
                w.Append("new Specialty[0]");
            }
            else
            {
                w.Append("new Specialty[] { ");
                for (var i = 0; i < p.Specialties.Length; i++)
                {
                    w.Append(i == 0 ? "Specialty." : ", Specialty.").Append(_specialtyByOrder[p.Specialties[i]].Identifier);
                }

                w.Append(" }");
            }

            w.Append(", ").AppendLiteral(p.Abbreviation).Append(", ").AppendLiteral(p.Code).Append(", ").Append(p.IsCatchAll ? "true" : "false");
            if (p.RetiredIn is not null || p.EnglishName is not null)
            {
                w.Append(", ").AppendLiteral(p.RetiredIn).Append(", ");
                if (p.SuccessorId is { } s && _indexById.TryGetValue(s, out var successor))
                {
                    w.Append("(Procedure?)Procedure.").Append(_entries[successor].Identifier);
                }
                else
                {
                    w.Append("null");
                }

                if (p.EnglishName is not null)
                {
                    w.Append(", ").AppendLiteral(p.EnglishName);
                }
            }

            w.Append("),").EndLine();
        }

        w.Close(";");
        w.Line();

        var maxId = _entries.Length == 0 ? 0 : _entries.Max(p => p.Id);
        w.Line("// Index: procedure ID → entry (null where no procedure has the ID).");
        w.Line("private static readonly " + Info + Q + "[] s_byId = new " + Info + Q + "[]");
        w.Line("{");
        for (var id = 0; id <= maxId; id++)
        {
            if (id % 8 == 0)
            {
                w.Start().Append("    ");
            }
            else
            {
                w.Append(' ');
            }

            if (_indexById.TryGetValue(id, out var index))
            {
                w.Append("s_entries[").Append(index).Append("],");
            }
            else
            {
                w.Append("null,");
            }

            if (id % 8 == 7 || id == maxId)
            {
                w.EndLine();
            }
        }

        w.Line("};");
        w.Line();

        w.Line("private static readonly " + SpecialtyInfoType + "[] s_specialties = new " + SpecialtyInfoType + "[]");
        w.Line("{");
        foreach (var s in _specialties)
        {
            w.Line("    new " + SpecialtyInfoType + "(Specialty." + s.Identifier + ", " + Int(s.Order) + ", " + Escaping.Literal(s.Name) + ", " + Escaping.Literal(s.Heading) + "),");
        }

        w.Line("};");
        w.Line();

        var current = _entries.Where(p => !p.IsRetired).ToArray();
        if (current.Length == _entries.Length)
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
        EmitList(w, "s_retired", _entries.Where(p => p.IsRetired));
        EmitList(w, "s_procedures", current.Where(p => !p.IsCatchAll));
        EmitList(w, "s_catchAll", current.Where(p => p.IsCatchAll));
        for (var g = 1; g <= 4; g++)
        {
            EmitList(w, "s_grade" + Int(g), current.Where(p => !p.IsCatchAll && (int)p.Grade == g));
        }

        w.Line("// By specialty: index = specialty position; by specialty and grade: index = position * 4 + grade - 1.");
        w.Line("private static readonly " + Info + "[][] s_bySpecialty = new " + Info + "[][]");
        w.Line("{");
        foreach (var s in _specialties)
        {
            w.Line("    " + ListLiteral(current.Where(p => !p.IsCatchAll && p.Specialties.Contains(s.Order))) + ",");
        }

        w.Line("};");
        w.Line();
        w.Line("private static readonly " + Info + "[][] s_bySpecialtyAndGrade = new " + Info + "[][]");
        w.Line("{");
        foreach (var s in _specialties)
        {
            for (var g = 1; g <= 4; g++)
            {
                w.Line("    " + ListLiteral(current.Where(p => !p.IsCatchAll && (int)p.Grade == g && p.Specialties.Contains(s.Order))) + ",");
            }
        }

        w.Line("};");
        w.Line();
    }

    private void EmitList(IndentedWriter w, string field, IEnumerable<EmitEntry> items)
    {
        w.Line("private static readonly " + Info + "[] " + field + " = " + ListLiteral(items) + ";");
        w.Line();
    }

    private string ListLiteral(IEnumerable<EmitEntry> items)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var p in items)
        {
            builder.Append(builder.Length == 0 ? "new " + Info + "[] { s_entries[" : ", s_entries[").Append(Int(_indexById[p.Id])).Append(']');
        }

        return builder.Length == 0 ? "new " + Info + "[0]" : builder.Append(" }").ToString();
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
