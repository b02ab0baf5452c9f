using Microsoft.CodeAnalysis;

namespace ArticleGen.Generator.Model
{
    /// <summary>
    /// A diagnostic waiting to be reported. It keeps the real source <see cref="Location"/> (tree and span), not
    /// a path-only copy: only a location in a syntax tree is checked against that tree's <c>#pragma warning</c>
    /// directives (dotnet/roslyn#68291). Diagnostics travel in their own pipeline branch; the model the source
    /// output is built from holds no location. Two such locations are equal when tree and span are, so an edit
    /// elsewhere leaves this value, and the step that holds it, unchanged.
    /// </summary>
    internal sealed record DiagnosticInfo(string Id, Location? Location, EquatableArray<string> Arguments)
    {
        public Diagnostic ToDiagnostic()
            => Diagnostic.Create(DiagnosticDescriptors.ById(Id), Location, Arguments.Count == 0 ? null : System.Linq.Enumerable.ToArray<object>(Arguments));
    }
}
