using System;
using System.Collections.Generic;

namespace CatalogSdk.Core.Diagnostics;

/// <summary>
/// Every diagnostic CatalogSdk reports from catalogue files. IDs carry one prefix (CSDK) and are never reused:
/// 1xxx catalogue text, 2xxx lock file, 3xxx code that uses a catalogue, 9xxx the generator itself.
/// Each message says what is wrong and what to do, in Chinese first, then English. The texts are resources
/// (Diagnostics/Resources.resx, with the Chinese half alone in Resources.zh-Hans.resx), named <c>ID_Title</c> and
/// <c>ID_Message</c>: a new diagnostic adds both entries to both files and one line here.
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
    public static readonly CatalogueDiagnosticDescriptor UndecodableText = Add("CSDK1001", CatalogueSeverity.Error, CatalogueCategory);

    /// <summary>CSDK1002: the file is not UTF-8 (for example GBK without a byte-order mark).</summary>
    public static readonly CatalogueDiagnosticDescriptor NotUtf8 = Add("CSDK1002", CatalogueSeverity.Error, CatalogueCategory);

    /// <summary>CSDK1003: text before the first specialty heading.</summary>
    public static readonly CatalogueDiagnosticDescriptor TextBeforeFirstHeading = Add("CSDK1003", CatalogueSeverity.Error, CatalogueCategory);

    /// <summary>CSDK1004: a procedure before any grade heading of its specialty.</summary>
    public static readonly CatalogueDiagnosticDescriptor ProcedureBeforeGradeHeading = Add("CSDK1004", CatalogueSeverity.Error, CatalogueCategory);

    /// <summary>CSDK1005: a grade heading before any specialty heading.</summary>
    public static readonly CatalogueDiagnosticDescriptor GradeHeadingBeforeSpecialty = Add("CSDK1005", CatalogueSeverity.Error, CatalogueCategory);

    /// <summary>CSDK1006: a grade heading that is unknown or out of range.</summary>
    public static readonly CatalogueDiagnosticDescriptor InvalidGradeHeading = Add("CSDK1006", CatalogueSeverity.Error, CatalogueCategory);

    /// <summary>CSDK1007: a malformed or repeated specialty heading.</summary>
    public static readonly CatalogueDiagnosticDescriptor InvalidSpecialtyHeading = Add("CSDK1007", CatalogueSeverity.Error, CatalogueCategory);

    /// <summary>CSDK1008: specialty headings out of sequence.</summary>
    public static readonly CatalogueDiagnosticDescriptor SpecialtyOutOfSequence = Add("CSDK1008", CatalogueSeverity.Warning, CatalogueCategory);

    /// <summary>CSDK1009: the same procedure twice in one specialty with the same grade.</summary>
    public static readonly CatalogueDiagnosticDescriptor DuplicateInSpecialty = Add("CSDK1009", CatalogueSeverity.Warning, CatalogueCategory);

    /// <summary>CSDK1010: the same procedure with two different grades.</summary>
    public static readonly CatalogueDiagnosticDescriptor ConflictingGrades = Add("CSDK1010", CatalogueSeverity.Error, CatalogueCategory);

    /// <summary>CSDK1011: a line that looks wrapped onto the next one.</summary>
    public static readonly CatalogueDiagnosticDescriptor LooksWrapped = Add("CSDK1011", CatalogueSeverity.Error, CatalogueCategory);

    /// <summary>CSDK1012: a closing bracket with no opening bracket: the tail of a wrapped line.</summary>
    public static readonly CatalogueDiagnosticDescriptor UnbalancedBracket = Add("CSDK1012", CatalogueSeverity.Error, CatalogueCategory);

    /// <summary>CSDK1013: a line that looks like two procedures run together.</summary>
    public static readonly CatalogueDiagnosticDescriptor LooksRunTogether = Add("CSDK1013", CatalogueSeverity.Warning, CatalogueCategory);

    /// <summary>CSDK1014: a catalogue with no procedures.</summary>
    public static readonly CatalogueDiagnosticDescriptor EmptyCatalogue = Add("CSDK1014", CatalogueSeverity.Error, CatalogueCategory);

    /// <summary>CSDK1015: an unknown annotation.</summary>
    public static readonly CatalogueDiagnosticDescriptor UnknownAnnotation = Add("CSDK1015", CatalogueSeverity.Error, CatalogueCategory);

    /// <summary>CSDK1016: an annotation with a missing, extra or repeated value.</summary>
    public static readonly CatalogueDiagnosticDescriptor InvalidAnnotation = Add("CSDK1016", CatalogueSeverity.Error, CatalogueCategory);

    /// <summary>CSDK1017: annotations with no procedure name before them.</summary>
    public static readonly CatalogueDiagnosticDescriptor AnnotationWithoutName = Add("CSDK1017", CatalogueSeverity.Error, CatalogueCategory);

    /// <summary>CSDK1018: an invisible or bidirectional control character.</summary>
    public static readonly CatalogueDiagnosticDescriptor InvisibleCharacter = Add("CSDK1018", CatalogueSeverity.Error, CatalogueCategory);

    /// <summary>CSDK1019: two procedures whose identifiers collide.</summary>
    public static readonly CatalogueDiagnosticDescriptor IdentifierCollision = Add("CSDK1019", CatalogueSeverity.Warning, CatalogueCategory);

    /// <summary>CSDK1020: one abbreviation for two different procedures.</summary>
    public static readonly CatalogueDiagnosticDescriptor AmbiguousAbbreviation = Add("CSDK1020", CatalogueSeverity.Warning, CatalogueCategory);

    /// <summary>CSDK1021: an identifier adjusted because the name is a keyword or does not start with a letter.</summary>
    public static readonly CatalogueDiagnosticDescriptor IdentifierAdjusted = Add("CSDK1021", CatalogueSeverity.Info, CatalogueCategory);

    /// <summary>CSDK1022: a row that looks like a catch-all rule but is not marked.</summary>
    public static readonly CatalogueDiagnosticDescriptor UnmarkedCatchAll = Add("CSDK1022", CatalogueSeverity.Warning, CatalogueCategory);

    /// <summary>CSDK1023: a catalogue file over the size limit.</summary>
    public static readonly CatalogueDiagnosticDescriptor CatalogueTooLarge = Add("CSDK1023", CatalogueSeverity.Error, CatalogueCategory);

    /// <summary>CSDK1024: a line over the length limit.</summary>
    public static readonly CatalogueDiagnosticDescriptor LineTooLong = Add("CSDK1024", CatalogueSeverity.Error, CatalogueCategory);

    /// <summary>CSDK1025: the Identifiers setting of a catalogue is neither Chinese nor Ascii.</summary>
    public static readonly CatalogueDiagnosticDescriptor UnknownIdentifierMode = Add("CSDK1025", CatalogueSeverity.Error, CatalogueCategory);

    /// <summary>CSDK1026: a line of an English-name overlay is malformed.</summary>
    public static readonly CatalogueDiagnosticDescriptor MalformedEnglishNameLine = Add("CSDK1026", CatalogueSeverity.Warning, CatalogueCategory);

    /// <summary>CSDK1027: an overlay line names no procedure or specialty of the catalogue.</summary>
    public static readonly CatalogueDiagnosticDescriptor UnknownEnglishNameTarget = Add("CSDK1027", CatalogueSeverity.Warning, CatalogueCategory);

    /// <summary>CSDK1028: an overlay names one procedure twice.</summary>
    public static readonly CatalogueDiagnosticDescriptor DuplicateEnglishName = Add("CSDK1028", CatalogueSeverity.Warning, CatalogueCategory);

    /// <summary>CSDK2000: a catalogue without a lock file.</summary>
    public static readonly CatalogueDiagnosticDescriptor LockMissing = Add("CSDK2000", CatalogueSeverity.Warning, LockCategory);

    /// <summary>CSDK2001: a procedure the lock has not accepted.</summary>
    public static readonly CatalogueDiagnosticDescriptor DriftAdded = Add("CSDK2001", CatalogueSeverity.Error, LockCategory);

    /// <summary>CSDK2002: a procedure removed from the catalogue without a tombstone in the lock.</summary>
    public static readonly CatalogueDiagnosticDescriptor DriftRemoved = Add("CSDK2002", CatalogueSeverity.Error, LockCategory);

    /// <summary>CSDK2003: a procedure whose grade changed.</summary>
    public static readonly CatalogueDiagnosticDescriptor DriftRegraded = Add("CSDK2003", CatalogueSeverity.Error, LockCategory);

    /// <summary>CSDK2004: a procedure whose specialties changed.</summary>
    public static readonly CatalogueDiagnosticDescriptor DriftSpecialties = Add("CSDK2004", CatalogueSeverity.Error, LockCategory);

    /// <summary>CSDK2005: a procedure renamed (confirmed by @renamed-from).</summary>
    public static readonly CatalogueDiagnosticDescriptor DriftRenamed = Add("CSDK2005", CatalogueSeverity.Error, LockCategory);

    /// <summary>CSDK2006: a retired procedure listed again.</summary>
    public static readonly CatalogueDiagnosticDescriptor DriftReinstated = Add("CSDK2006", CatalogueSeverity.Error, LockCategory);

    /// <summary>CSDK2007: a catalogue without a lock file where locks are required.</summary>
    public static readonly CatalogueDiagnosticDescriptor LockRequired = Add("CSDK2007", CatalogueSeverity.Error, LockCategory);

    /// <summary>CSDK2008: @renamed-from or @replaces names nothing the lock holds.</summary>
    public static readonly CatalogueDiagnosticDescriptor UnknownPredecessor = Add("CSDK2008", CatalogueSeverity.Error, LockCategory);

    /// <summary>CSDK2009: a procedure whose catch-all marking changed.</summary>
    public static readonly CatalogueDiagnosticDescriptor DriftCatchAll = Add("CSDK2009", CatalogueSeverity.Error, LockCategory);

    /// <summary>CSDK2010: a lock line that cannot be read.</summary>
    public static readonly CatalogueDiagnosticDescriptor MalformedLockLine = Add("CSDK2010", CatalogueSeverity.Error, LockCategory);

    /// <summary>CSDK2011: two lock entries with one ID.</summary>
    public static readonly CatalogueDiagnosticDescriptor DuplicateLockId = Add("CSDK2011", CatalogueSeverity.Error, LockCategory);

    /// <summary>CSDK2012: two lock entries for one name.</summary>
    public static readonly CatalogueDiagnosticDescriptor DuplicateLockKey = Add("CSDK2012", CatalogueSeverity.Error, LockCategory);

    /// <summary>CSDK2013: a lock entry whose key does not match its name.</summary>
    public static readonly CatalogueDiagnosticDescriptor LockKeyMismatch = Add("CSDK2013", CatalogueSeverity.Error, LockCategory);

    /// <summary>CSDK2014: a successor ID that is not in the lock.</summary>
    public static readonly CatalogueDiagnosticDescriptor UnknownSuccessor = Add("CSDK2014", CatalogueSeverity.Error, LockCategory);

    /// <summary>CSDK9001: the generator failed internally.</summary>
    public static readonly CatalogueDiagnosticDescriptor GeneratorFailure = Add("CSDK9001", CatalogueSeverity.Error, GeneratorCategory);

    /// <summary>CSDK9002: two catalogues generate into one namespace.</summary>
    public static readonly CatalogueDiagnosticDescriptor DuplicateNamespace = Add("CSDK9002", CatalogueSeverity.Error, GeneratorCategory);

    /// <summary>CSDK9003: the namespace setting is not a valid C# namespace.</summary>
    public static readonly CatalogueDiagnosticDescriptor InvalidNamespace = Add("CSDK9003", CatalogueSeverity.Error, GeneratorCategory);

    /// <summary>CSDK9004: the runtime library is not referenced.</summary>
    public static readonly CatalogueDiagnosticDescriptor RuntimeNotReferenced = Add("CSDK9004", CatalogueSeverity.Error, GeneratorCategory);

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

    private static CatalogueDiagnosticDescriptor Add(string id, CatalogueSeverity severity, string category)
    {
        var descriptor = new CatalogueDiagnosticDescriptor(id, severity, category);
        s_byId.Add(id, descriptor);
        return descriptor;
    }
}
