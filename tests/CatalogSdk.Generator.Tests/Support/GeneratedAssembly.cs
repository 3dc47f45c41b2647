using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace CatalogSdk.Generator.Tests.Support;

/// <summary>
/// The generated code, emitted and loaded into a collectible load context so tests can call it. The CatalogSdk
/// runtime library resolves from the default context (the tests reference it). Dispose unloads the assembly.
/// </summary>
internal sealed class GeneratedAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private GeneratedAssembly(AssemblyLoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    public static GeneratedAssembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("CatalogSdk.Generator.Tests.Generated", isCollectible: true);
        return new GeneratedAssembly(context, context.LoadFromStream(stream));
    }

    public Type GetType(string fullName) =>
        Assembly.GetType(fullName, throwOnError: false) ?? throw new InvalidOperationException("The generated assembly has no type " + fullName + ".");

    /// <summary>Calls a public static method of <paramref name="typeName"/>, choosing the overload the arguments fit.</summary>
    public object? Call(string typeName, string methodName, params object?[] arguments) =>
        Method(typeName, methodName, arguments).Invoke(null, arguments);

    public object? Property(string typeName, string propertyName) =>
        GetType(typeName).GetProperty(propertyName, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);

    /// <summary>The Count of a boxed <see cref="CatalogList{T}"/>.</summary>
    public static int Count(object? list) => (int)list!.GetType().GetProperty(nameof(CatalogList<int>.Count))!.GetValue(list)!;

    private MethodInfo Method(string typeName, string methodName, object?[] arguments) =>
        GetType(typeName).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == methodName && Fits(m.GetParameters(), arguments));

    /// <summary>Whether each argument fits its parameter: null (an out argument) fits any; others by runtime type.</summary>
    private static bool Fits(ParameterInfo[] parameters, object?[] arguments)
    {
        if (parameters.Length != arguments.Length)
        {
            return false;
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            var type = parameters[i].ParameterType;
            if (arguments[i] is { } argument && !(type.IsByRef ? type.GetElementType()! : type).IsInstanceOfType(argument))
            {
                return false;
            }
        }

        return true;
    }

    public void Dispose() => _context.Unload();
}
