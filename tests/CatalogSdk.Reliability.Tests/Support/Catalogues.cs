using System;
using System.IO;
using System.Linq;

namespace CatalogSdk.Reliability.Tests.Support;

/// <summary>Small catalogues built around the lines a test is about, and the test data files.</summary>
internal static class Catalogues
{
    public const string Title = "测试介入诊疗手术分级目录";

    public const string Heading = "（一）测试专科诊疗手术分级目录";

    public const string GradeHeading = "一级手术";

    /// <summary>The line number of the first line <see cref="Build"/> puts under the grade heading.</summary>
    public const int FirstBodyLine = 4;

    /// <summary>A title, one specialty heading and 一级手术, then <paramref name="body"/>, LF line ends.</summary>
    public static string Build(params string[] body) =>
        string.Join("\n", new[] { Title, Heading, GradeHeading }.Concat(body)) + "\n";

    /// <summary>The national interventional catalogue, verbatim (a copy of the official text).</summary>
    public static string Official => Read("interventional-official.txt");

    /// <summary>The shipped catalogue (catalog/interventional.txt, linked).</summary>
    public static string Shipped => Read("interventional.txt");

    /// <summary>The shipped lock (catalog/interventional.lock, linked).</summary>
    public static string ShippedLock => Read("interventional.lock");

    public static string TestDataPath(string fileName) => Path.Combine(AppContext.BaseDirectory, "TestData", fileName);

    public static string Read(string fileName) => File.ReadAllText(TestDataPath(fileName));

    public static byte[] ReadBytes(string fileName) => File.ReadAllBytes(TestDataPath(fileName));
}
