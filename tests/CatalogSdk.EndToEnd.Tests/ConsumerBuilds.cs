using CatalogSdk.EndToEnd.Tests.Infrastructure;

namespace CatalogSdk.EndToEnd.Tests;

/// <summary>
/// Every end-to-end test shares one restored consumer project and runs one at a time: each build uses both
/// cores, and the tests take turns with the consumer's folder.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsumerBuilds : ICollectionFixture<ConsumerProject>
{
    public const string Name = "Consumer builds";
}
