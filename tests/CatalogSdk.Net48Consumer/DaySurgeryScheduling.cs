using CatalogSdk;
using Hospital.Legacy.DaySurgery;

namespace Hospital.Legacy
{
    /// <summary>
    /// Code at C# 7.3 against a catalogue built with ASCII identifiers (Identifiers="Ascii"): English names from @en
    /// and from the overlay, pinyin where there is neither. Names and lookups stay Chinese.
    /// </summary>
    public static class DaySurgeryScheduling
    {
        /// <summary>Constants keep the Chinese name under an ASCII identifier.</summary>
        public const string Biopsy = ProcedureNames.PercutaneousBiopsy;

        /// <summary>A switch over ASCII members: from @en, @英文, the overlay and pinyin.</summary>
        public static string Describe(Procedure procedure)
        {
            switch (procedure)
            {
                case Procedure.PercutaneousBiopsy:
                case Procedure.PercutaneousTranshepaticCholangiography:
                case Procedure.JointAspiration:
                    return procedure.GetInfo().EnglishName;
                case Procedure.JingPiLiuNeiZhuYaoShu:
                    return procedure.GetName();
                default:
                    return null;
            }
        }

        /// <summary>Specialties from the overlay.</summary>
        public static bool IsVascular(Procedure procedure)
        {
            return procedure.GetInfo().HasSpecialty(Specialty.PeripheralVascular) && !procedure.GetInfo().HasSpecialty(Specialty.Comprehensive);
        }

        /// <summary>Lookup by the Chinese name is unaffected.</summary>
        public static SurgicalGrade? GradeOf(string typedName)
        {
            Procedure procedure;
            return Catalogue.TryFind(typedName, out procedure) ? procedure.GetGrade() : (SurgicalGrade?)null;
        }
    }
}
