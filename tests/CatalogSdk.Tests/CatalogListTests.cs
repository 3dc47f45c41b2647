using System;
using System.Collections;
using System.Collections.Generic;
using CatalogSdk;

namespace CatalogSdk.Tests;

public class CatalogListTests
{
    [Fact]
    public void Indexer_count_and_IsEmpty_read_the_wrapped_items()
    {
        var list = new CatalogList<string>(new[] { "甲", "乙", "丙" });

        Assert.Equal(3, list.Count);
        Assert.False(list.IsEmpty);
        Assert.Equal("甲", list[0]);
        Assert.Equal("乙", list[1]);
        Assert.Equal("丙", list[2]);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Indexer_outside_the_bounds_throws_ArgumentOutOfRange(int index)
    {
        var list = new CatalogList<int>(new[] { 1, 2, 3 });

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => list[index]);
        Assert.Equal("index", ex.ParamName);
    }

    [Fact]
    public void Foreach_visits_every_item_in_order()
    {
        var list = new CatalogList<int>(new[] { 4, 1, 3 });
        var seen = new List<int>();
        foreach (var item in list)
        {
            seen.Add(item);
        }

        Assert.Equal(new[] { 4, 1, 3 }, seen);
    }

    [Fact]
    public void Interface_enumerators_visit_every_item_in_order()
    {
        IEnumerable<int> generic = new CatalogList<int>(new[] { 7, 8 });
        Assert.Equal(new[] { 7, 8 }, new List<int>(generic));

        IEnumerable nonGeneric = new CatalogList<int>(new[] { 7, 8 });
        var seen = new List<object?>();
        foreach (var item in nonGeneric)
        {
            seen.Add(item);
        }

        Assert.Equal(new object[] { 7, 8 }, seen);

        IReadOnlyList<int> readOnly = new CatalogList<int>(new[] { 7, 8 });
        Assert.Equal(2, readOnly.Count);
        Assert.Equal(8, readOnly[1]);
    }

    [Fact]
    public void Enumerator_Reset_starts_again()
    {
        var enumerator = new CatalogList<int>(new[] { 1, 2 }).GetEnumerator();
        Assert.True(enumerator.MoveNext());
        Assert.True(enumerator.MoveNext());
        Assert.Equal(2, enumerator.Current);
        Assert.False(enumerator.MoveNext());

        enumerator.Reset();
        Assert.True(enumerator.MoveNext());
        Assert.Equal(1, enumerator.Current);
        enumerator.Dispose();
    }

    [Fact]
    public void ToArray_returns_a_copy_that_does_not_change_the_list()
    {
        var list = new CatalogList<string>(new[] { "甲", "乙" });

        var first = list.ToArray();
        Assert.Equal(new[] { "甲", "乙" }, first);
        first[0] = "改";

        Assert.Equal("甲", list[0]);
        var second = list.ToArray();
        Assert.Equal(new[] { "甲", "乙" }, second);
        Assert.NotSame(first, second);
    }

    [Fact]
    public void Default_list_is_empty()
    {
        var list = default(CatalogList<string>);

        Assert.True(list.Count == 0, "default list has items");
        Assert.True(list.IsEmpty);
        Assert.Empty(list.ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => list[0]);

        var visited = 0;
        foreach (var unused in list)
        {
            visited++;
        }

        Assert.Equal(0, visited);
        Assert.Empty((IEnumerable<string>)list);
    }

    [Fact]
    public void Empty_array_gives_an_empty_list()
    {
        var list = new CatalogList<int>(Array.Empty<int>());

        Assert.True(list.IsEmpty);
        Assert.Empty(list.ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => list[0]);
    }

    [Fact]
    public void Constructor_rejects_null()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new CatalogList<int>(null!));
        Assert.Equal("items", ex.ParamName);
    }
}
