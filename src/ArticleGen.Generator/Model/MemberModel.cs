namespace ArticleGen.Generator.Model
{
    /// <summary>How a captured piece of text becomes a value and back.</summary>
    internal enum ValueKind
    {
        String,
        Memory,

        /// <summary><c>ReadOnlyMemory&lt;byte&gt;</c>: the value's UTF-8 bytes, a slice of the caller's memory where it can be.</summary>
        Utf8Memory,
        Nested,
        Enum,
        Boolean,
        Integer,
        Float,
        SpanParsable,
        DateOnlyExact,
        TimeOnlyExact,
        DateTimeExact,
        DateTimeOffsetExact,
    }

    /// <summary>The shape of a list member.</summary>
    internal enum CollectionKind
    {
        None,
        Array,
        IndexableInterface,
        EnumerableInterface,
        List,
        ImmutableArray,
    }

    /// <summary>A member captured by the layout.</summary>
    /// <param name="Name">The property (or positional parameter) name.</param>
    /// <param name="TypeName">The member's declared type, fully qualified with <c>global::</c>.</param>
    /// <param name="ValueTypeName">The type of one value (the element type for a list), fully qualified, without nullable.</param>
    /// <param name="Kind">How one value is read and written.</param>
    /// <param name="Collection">List shape, or <see cref="CollectionKind.None"/>.</param>
    /// <param name="IsNullableValueType">Whether a single value is declared <c>T?</c> for a value type.</param>
    /// <param name="CanBeNull">Whether null is a legal value (nullable reference or <c>Nullable&lt;T&gt;</c>).</param>
    /// <param name="InGroup">Whether the member sits inside an optional group.</param>
    /// <param name="ConstructorParameter">The constructor parameter name it is passed as, or null for an init/set property.</param>
    /// <param name="DefaultFormat">The format used when the layout gives none (dates), or null.</param>
    internal sealed record MemberModel(
        string Name,
        string TypeName,
        string ValueTypeName,
        ValueKind Kind,
        CollectionKind Collection,
        bool IsNullableValueType,
        bool CanBeNull,
        bool InGroup,
        string? ConstructorParameter,
        string? DefaultFormat)
    {
        public bool IsList => Collection != CollectionKind.None;
    }

    /// <summary>One member compared by a generated <c>Equals</c>.</summary>
    internal enum EqualityKind
    {
        Default,
        Sequence,
        TextSequence,
        Text,
    }

    /// <summary>A field (or auto-property) of the record and how generated equality compares it.</summary>
    /// <param name="IsValueType">A value type that cannot be null (so no null-forgiving operator is needed).</param>
    /// <param name="DefaultableElementType">For an ImmutableArray, its element type: a default one counts as null.</param>
    internal sealed record EqualityMember(string Name, string TypeName, EqualityKind Kind, bool IsValueType, string? DefaultableElementType);
}
