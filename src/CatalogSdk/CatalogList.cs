using System;
using System.Collections;
using System.Collections.Generic;

namespace CatalogSdk;

/// <summary>
/// A read-only view over a list the generated catalogue holds. Indexing, <see cref="Count"/> and
/// <c>foreach</c> allocate nothing; the view cannot change the catalogue.
/// </summary>
public readonly struct CatalogList<T> : IReadOnlyList<T>
{
    private readonly T[]? _items;

    /// <summary>Wraps <paramref name="items"/> without copying. Used by generated code; the array must not change afterwards.</summary>
    public CatalogList(T[] items)
    {
        _items = items ?? throw new ArgumentNullException(nameof(items));
    }

    /// <summary>The number of items.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>Whether the list has no items.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public T this[int index]
    {
        get
        {
            var items = _items;
            if (items is null || (uint)index >= (uint)items.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return items[index];
        }
    }

    /// <summary>Copies the items to a new array.</summary>
    public T[] ToArray()
    {
        var items = _items;
        if (items is null || items.Length == 0)
        {
            return Array.Empty<T>();
        }

        var copy = new T[items.Length];
        Array.Copy(items, copy, items.Length);
        return copy;
    }

    /// <summary>An enumerator that allocates nothing.</summary>
    public Enumerator GetEnumerator() => new(_items ?? Array.Empty<T>());

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates a <see cref="CatalogList{T}"/>.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        /// <inheritdoc />
        public readonly T Current => _items[_index];

        readonly object? IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext() => ++_index < _items.Length;

        /// <inheritdoc />
        public void Reset() => _index = -1;

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
