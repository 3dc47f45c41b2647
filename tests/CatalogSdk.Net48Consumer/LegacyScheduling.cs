using System;
using System.Collections.Generic;
using CatalogSdk;
using CatalogSdk.Interventional;
using CatalogSdk.Privileges;

namespace Hospital.Legacy
{
    /// <summary>
    /// Code as a .NET Framework 4.8 hospital system at C# 7.3 would write it against the generated catalogue.
    /// </summary>
    public static class LegacyScheduling
    {
        /// <summary>Grade of a procedure typed by staff, or null when it is not in the catalogue.</summary>
        public static SurgicalGrade? GradeOf(string typedName)
        {
            Procedure procedure;
            if (!Catalogue.TryFind(typedName, out procedure))
            {
                return null;
            }

            return procedure.GetGrade();
        }

        /// <summary>The grade-4 procedures of one specialty, by name.</summary>
        public static List<string> GradeFourNames(Specialty specialty)
        {
            var names = new List<string>();
            foreach (var info in Catalogue.BySpecialtyAndGrade(specialty, SurgicalGrade.Grade4))
            {
                names.Add(info.Name);
            }

            return names;
        }

        /// <summary>A privilege check at C# 7.3.</summary>
        public static bool MayPerform(Procedure procedure, DateTime at)
        {
            var grants = new[]
            {
                new PrivilegeGrant<Specialty>(Specialty.心血管疾病, SurgicalGrade.Grade3, new DateTime(2026, 1, 1), new DateTime(2027, 1, 1)),
            };
            var privileges = new SurgeonPrivileges<Specialty>("D0001", grants);
            ProcedureInfo<Procedure, Specialty> info;
            return Catalogue.TryGet(procedure, out info) && privileges.Check(info, at).IsAllowed;
        }

        /// <summary>Constants work where strings are required at compile time.</summary>
        public const string Angiography = ProcedureNames.冠状动脉造影术;

        /// <summary>A switch over generated enum members.</summary>
        public static string Describe(Procedure procedure)
        {
            switch (procedure)
            {
                case Procedure.冠状动脉造影术:
                    return "angiography";
                case Procedure.经皮冠状动脉腔内血管成形术_PTCA:
                    return "PTCA";
                default:
                    return procedure.GetName();
            }
        }
    }
}
