namespace CatalogSdk.Tests;

/// <summary>A stand-in for a generated Procedure enum.</summary>
public enum TestProcedure
{
    CoronaryAngiography = 1,
    Ptca = 2,
    Tips = 3,
    NewTechnique = 4,
    PacemakerCheck = 5,
}

/// <summary>A stand-in for a generated Specialty enum.</summary>
public enum TestSpecialty
{
    Cardiovascular = 1,
    Neurovascular = 2,
    Peripheral = 3,
    Comprehensive = 4,
}
