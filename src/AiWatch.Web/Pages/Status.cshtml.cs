using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AiWatch.Web.Pages;

/// <summary>Renders the body of an empty error response (re-executed by UseStatusCodePagesWithReExecute).</summary>
[IgnoreAntiforgeryToken]
public sealed class Status : PageModel
{
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    /// <summary>A status re-executed after a refused POST (antiforgery, rate limit) keeps the POST method.</summary>
    public void OnPost(int code) => OnGet(code);

    public void OnGet(int code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        (Heading, Explanation) = code switch
        {
            429 when reExecuted?.OriginalPath.StartsWith("/admin", StringComparison.OrdinalIgnoreCase) == true =>
                ("Trop de demandes", "Trop d’ajouts ou de relevés lancés en peu de temps : chacun récupère des pages sur le web et les analyse. " +
                    "Patientez une minute avant de réessayer ; rien n’a été récupéré pour cette demande."),
            404 => ("Page introuvable", "Cette page n’existe pas, ou l’article ou l’acteur demandé n’est pas (ou plus) dans la base."),
            400 => ("Requête invalide", "La demande n’a pas pu être comprise (un formulaire trop ancien ou envoyé d’ailleurs : rechargez la page)."),
            429 => ("Trop de tentatives", "Trop d’essais en peu de temps depuis votre adresse. Patientez une minute avant de réessayer."),
            _ => ($"Erreur {code}", "La demande n’a pas abouti."),
        };
        // Reached directly (/status/404) rather than re-executed, the page must still say what it says.
        if (reExecuted is null)
        {
            Response.StatusCode = code;
        }
    }
}
