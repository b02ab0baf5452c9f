namespace ArticleGen.Generator.Model
{
    /// <summary>One variant of an abstract record: a derived record with its own [ArticleLayout].</summary>
    /// <param name="Name">The variant's simple name, for messages.</param>
    /// <param name="FullName">The variant's fully qualified name (global::...).</param>
    /// <param name="IsDocument">Whether its layout has line breaks (a one-line variant read at the top level
    /// accepts a final line break, as a one-line layout parsed on its own does).</param>
    internal sealed record VariantModel(string Name, string FullName, bool IsDocument);

    /// <summary>
    /// Everything the emitter needs to write an abstract record's variant dispatch ([ArticleVariant] on it).
    /// No Roslyn objects.
    /// </summary>
    internal sealed record VariantBaseModel(
        string? Namespace,
        string Name,
        string FullName,
        string HintName,
        EquatableArray<ContainingTypeModel> ContainingTypes,
        EquatableArray<VariantModel> Variants,
        TargetFeatures Features,
        bool NeedsBacking,
        bool EmitToString);

    /// <summary>The variant reader's output: a model to emit (null when errors prevent it) and diagnostics.</summary>
    internal sealed record VariantResult(VariantBaseModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
}
