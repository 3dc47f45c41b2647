using CatalogSdk.Core.Locking;

namespace CatalogSdk.Core.Tests.Locking;

/// <summary>
/// LockFile.UpdateArguments: what the lock diagnostics put after 'catalog lock update', so that running the printed
/// command updates the lock the build reads.
/// </summary>
public class LockUpdateArgumentsTests
{
    [Theory]
    [InlineData("/src/app/catalog/hospital.txt", "/src/app/catalog/hospital.lock")]
    [InlineData(@"C:\src\app\catalog\hospital.txt", @"C:\src\app\catalog\hospital.lock")]
    [InlineData(@"C:\src\app\catalog\hospital.txt", "C:/src/app/catalog/HOSPITAL.lock")]
    public void The_lock_beside_the_catalogue_needs_no_lock_option(string catalogue, string lockPath) =>
        Assert.Equal(catalogue, LockFile.UpdateArguments(catalogue, lockPath));

    [Fact]
    public void A_lock_elsewhere_is_named_with_the_lock_option() =>
        Assert.Equal(
            "/nuget/catalogsdk.interventional/1.0.0/catalog/interventional.txt --lock /src/app/CatalogSdk.Interventional.lock",
            LockFile.UpdateArguments("/nuget/catalogsdk.interventional/1.0.0/catalog/interventional.txt", "/src/app/CatalogSdk.Interventional.lock"));

    [Fact]
    public void A_lock_of_another_name_in_the_same_folder_is_named_too() =>
        Assert.Equal("/app/catalog/a.txt --lock /app/catalog/b.lock", LockFile.UpdateArguments("/app/catalog/a.txt", "/app/catalog/b.lock"));

    [Fact]
    public void Paths_with_spaces_or_quotes_are_quoted() =>
        Assert.Equal(
            "\"/My Documents/catalog/a.txt\" --lock \"/My Documents/say \\\"x\\\".lock\"",
            LockFile.UpdateArguments("/My Documents/catalog/a.txt", "/My Documents/say \"x\".lock"));
}
