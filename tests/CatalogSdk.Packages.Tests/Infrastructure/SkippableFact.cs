using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace CatalogSdk.Packages.Tests.Infrastructure;

/// <summary>
/// A fact that can decide at run time that it does not apply (xunit 2 has no dynamic skip): the test calls
/// <see cref="Skip.If"/> or <see cref="Skip.Unless"/>, and is reported as skipped with the reason given, never as
/// passed. Any other exception fails it as usual.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("CatalogSdk.Packages.Tests.Infrastructure.SkippableFactDiscoverer", "CatalogSdk.Packages.Tests")]
public sealed class SkippableFactAttribute : FactAttribute
{
}

/// <summary>Thrown by <see cref="Skip"/>; turned into a skipped result by <see cref="SkippableFactTestCase"/>.</summary>
public sealed class DynamicSkipException : Exception
{
    public DynamicSkipException(string reason)
        : base(reason)
    {
    }
}

/// <summary>Skips the running <see cref="SkippableFactAttribute"/> test.</summary>
public static class Skip
{
    public static void If(bool condition, string reason)
    {
        if (condition)
        {
            throw new DynamicSkipException(reason);
        }
    }

    public static void Unless(bool condition, string reason) => If(!condition, reason);
}

/// <summary>Discovers <see cref="SkippableFactAttribute"/> tests.</summary>
public sealed class SkippableFactDiscoverer : IXunitTestCaseDiscoverer
{
    private readonly IMessageSink _diagnosticMessageSink;

    public SkippableFactDiscoverer(IMessageSink diagnosticMessageSink)
    {
        _diagnosticMessageSink = diagnosticMessageSink;
    }

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var skip = factAttribute.GetNamedArgument<string>("Skip");
        if (!string.IsNullOrEmpty(skip))
        {
            return new IXunitTestCase[] { new XunitTestCase(_diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod) };
        }

        return new IXunitTestCase[]
        {
            new SkippableFactTestCase(_diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod),
        };
    }
}

/// <summary>A test case whose failure by <see cref="DynamicSkipException"/> is reported as a skip.</summary>
public sealed class SkippableFactTestCase : XunitTestCase
{
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippableFactTestCase()
    {
    }

    public SkippableFactTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
    }

    public override async Task<RunSummary> RunAsync(
        IMessageSink diagnosticMessageSink,
        IMessageBus messageBus,
        object[] constructorArguments,
        ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource)
    {
        using var bus = new SkippingMessageBus(messageBus);
        var summary = await base.RunAsync(diagnosticMessageSink, bus, constructorArguments, aggregator, cancellationTokenSource).ConfigureAwait(false);
        if (bus.Skipped > 0)
        {
            summary.Failed -= bus.Skipped;
            summary.Skipped += bus.Skipped;
        }

        return summary;
    }

    private sealed class SkippingMessageBus : IMessageBus
    {
        private readonly IMessageBus _inner;

        public SkippingMessageBus(IMessageBus inner)
        {
            _inner = inner;
        }

        public int Skipped { get; private set; }

        public bool QueueMessage(IMessageSinkMessage message)
        {
            if (message is ITestFailed failed &&
                failed.ExceptionTypes.Length > 0 &&
                failed.ExceptionTypes[0] == typeof(DynamicSkipException).FullName)
            {
                Skipped++;
                return _inner.QueueMessage(new TestSkipped(failed.Test, failed.Messages.FirstOrDefault() ?? "skipped"));
            }

            return _inner.QueueMessage(message);
        }

        public void Dispose()
        {
            // The inner bus belongs to the runner.
        }
    }
}
