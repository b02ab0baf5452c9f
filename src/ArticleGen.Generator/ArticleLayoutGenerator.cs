using ArticleGen.Generator.Emitting;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArticleGen.Generator
{
    /// <summary>
    /// The incremental generator: [ArticleLayout] declarations → <see cref="Parser"/> → equatable
    /// <see cref="ArticleTypeModel"/> → <see cref="Emitter"/>. Diagnostics and source are separate outputs, so
    /// moving a declaration in its file re-reports diagnostics without re-emitting code.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ArticleLayoutGenerator : IIncrementalGenerator
    {
        /// <summary>Tracking names, for the incremental-cache tests.</summary>
        public static class Steps
        {
            public const string Parse = "ArticleGen.Parse";
            public const string Models = "ArticleGen.Models";
            public const string Diagnostics = "ArticleGen.Diagnostics";
            public const string Polyfills = "ArticleGen.Polyfills";
            public const string VariantParse = "ArticleGen.VariantParse";
            public const string VariantModels = "ArticleGen.VariantModels";
            public const string VariantDiagnostics = "ArticleGen.VariantDiagnostics";
        }

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<ParseResult> results = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    Parser.AttributeName,
                    static (node, _) => node is TypeDeclarationSyntax,
                    static (syntax, cancellation) => Parser.Parse(syntax, cancellation))
                .WithTrackingName(Steps.Parse);

            IncrementalValuesProvider<ArticleTypeModel> models = results
                .Where(static r => r.Model is not null)
                .Select(static (r, _) => r.Model!)
                .WithTrackingName(Steps.Models);

            IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics = results
                .Select(static (r, _) => r.Diagnostics)
                .Where(static d => d.Count > 0)
                .WithTrackingName(Steps.Diagnostics);

            // Abstract records with [ArticleVariant]s: a dispatch over the variants, which are [ArticleLayout] records.
            IncrementalValuesProvider<VariantResult> variantResults = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    Parser.VariantAttributeName,
                    static (node, _) => node is TypeDeclarationSyntax,
                    static (syntax, cancellation) => Parser.ParseVariants(syntax, cancellation))
                .WithTrackingName(Steps.VariantParse);

            IncrementalValuesProvider<VariantBaseModel> variantModels = variantResults
                .Where(static r => r.Model is not null)
                .Select(static (r, _) => r.Model!)
                .WithTrackingName(Steps.VariantModels);

            IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> variantDiagnostics = variantResults
                .Select(static (r, _) => r.Diagnostics)
                .Where(static d => d.Count > 0)
                .WithTrackingName(Steps.VariantDiagnostics);

            // Records in a project compiled as C# 8 or older: one ARTG038 instead of the compiler's puzzling CS0246.
            IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> oldLanguage = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    Parser.AttributeName,
                    static (node, _) => OldLanguageReader.IsCandidate(node),
                    static (syntax, _) => OldLanguageReader.Read(syntax))
                .Where(static d => d.Count > 0);

            // What older targets lack, supplied once per project that declares a layout (see PolyfillReader).
            IncrementalValueProvider<Polyfills> polyfills = context.CompilationProvider
                .Select(static (compilation, _) => PolyfillReader.Missing(compilation))
                .Combine(context.AnalyzerConfigOptionsProvider.Select(static (options, _) => PolyfillReader.Allowed(options.GlobalOptions)))
                .Combine(results.Collect().Select(static (all, _) => !all.IsEmpty))
                .Select(static (p, _) => p.Left.Right && p.Right ? p.Left.Left : Polyfills.None)
                .WithTrackingName(Steps.Polyfills);

            context.RegisterSourceOutput(polyfills, static (output, needed) =>
            {
                if (needed != Polyfills.None)
                {
                    output.AddSource(PolyfillEmitter.HintName, PolyfillEmitter.Emit(needed));
                }
            });
            context.RegisterSourceOutput(models, static (output, model) => output.AddSource(model.HintName, Emitter.Emit(model)));
            context.RegisterSourceOutput(diagnostics, static (output, list) => Report(output, list));
            context.RegisterSourceOutput(variantModels, static (output, model) => output.AddSource(model.HintName, VariantEmitter.Emit(model)));
            context.RegisterSourceOutput(variantDiagnostics, static (output, list) => Report(output, list));
            context.RegisterSourceOutput(oldLanguage, static (output, list) => Report(output, list));
        }

        private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> list)
        {
            foreach (DiagnosticInfo diagnostic in list)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        }
    }
}
