using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace CatalogSdk.Generator.Tests.Support;

/// <summary>
/// Walks an object graph (fields of classes, records and structs, array and collection elements) looking for
/// values a generator step must not hold: they keep a whole compilation alive and defeat caching.
/// </summary>
internal static class ObjectGraph
{
    private static readonly Type[] s_forbidden =
    {
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel),
        typeof(Location), typeof(AdditionalText),
    };

    /// <summary>The paths (from <paramref name="root"/>) of every forbidden value in the graph.</summary>
    public static IReadOnlyList<string> FindForbidden(object? root, string rootName = "value")
    {
        var found = new List<string>();
        Visit(root, rootName, new HashSet<object>(ReferenceEqualityComparer.Instance), found);
        return found;
    }

    private static void Visit(object? value, string path, HashSet<object> seen, List<string> found)
    {
        if (value is null)
        {
            return;
        }

        var type = value.GetType();
        var forbidden = s_forbidden.FirstOrDefault(t => t.IsInstanceOfType(value));
        if (forbidden is not null)
        {
            found.Add(path + " is a " + forbidden.Name + " (" + type.FullName + ")");
            return;
        }

        if (type.IsPrimitive || type.IsEnum || value is string || value is decimal || value is Type || value is Delegate || value is Pointer)
        {
            return;
        }

        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items && type.IsArray)
        {
            var i = 0;
            foreach (var item in items)
            {
                Visit(item, path + "[" + i++ + "]", seen, found);
            }

            return;
        }

        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                {
                    continue;
                }

                Visit(field.GetValue(value), path + "." + field.Name, seen, found);
            }
        }
    }
}
