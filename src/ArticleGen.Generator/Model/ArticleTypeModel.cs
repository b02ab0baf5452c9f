namespace ArticleGen.Generator.Model
{
    /// <summary>What the consumer's compilation offers, decided once per type from its references.</summary>
    [System.Flags]
    internal enum TargetFeatures
    {
        None = 0,

        /// <summary><c>ISpanParsable&lt;T&gt;</c>, <c>ISpanFormattable</c> and static abstract interface members.</summary>
        SpanParsable = 1,

        /// <summary><c>IUtf8SpanParsable&lt;T&gt;</c> and <c>IUtf8SpanFormattable</c>.</summary>
        Utf8SpanParsable = 2,
    }

    /// <summary>A type that encloses the record (it must be partial too).</summary>
    internal sealed record ContainingTypeModel(string Keyword, string Name);

    /// <summary>
    /// Everything the emitter needs to write one record's parser and formatter. No Roslyn objects.
    /// <c>VariantOf</c> names the abstract record this one is a variant of ([ArticleVariant] on it), or is null.
    /// </summary>
    internal sealed record ArticleTypeModel(
        string? Namespace,
        string Name,
        string FullName,
        string HintName,
        EquatableArray<ContainingTypeModel> ContainingTypes,
        bool IsSealed,
        string Layout,
        bool IsDocument,
        EquatableArray<LayoutNode> Nodes,
        EquatableArray<MemberModel> Members,
        bool HasConstructor,
        TargetFeatures Features,
        bool NeedsBacking,
        EquatableArray<EqualityMember> Equality,
        bool EmitEquality,
        bool EmitToString,
        bool EmitDebuggerDisplay,
        bool WritesCrLf,
        bool EmitFeedApi,
        string? VariantOf = null)
    {
        /// <summary>
        /// Whether <c>Parse(ReadOnlySpan&lt;byte&gt;)</c> scans the bytes themselves: C# 11 (u8 literals) and .NET 8
        /// (<c>Ascii</c>, <c>Utf8.IsValid</c>), and every nested layout has a byte reader too. Else UTF-8 is decoded
        /// and read by the text scanner, as on netstandard2.0.
        /// </summary>
        public bool ScansUtf8 { get; init; }

        /// <summary>
        /// Whether a <c>ReadOnlyMemory&lt;byte&gt;</c> member (its own, or a nested layout's) can slice UTF-8 input:
        /// the record then gets <c>Parse(ReadOnlyMemory&lt;byte&gt;)</c> and <c>Parse(byte[])</c>.
        /// </summary>
        public bool SlicesUtf8 { get; init; }
    }
}
