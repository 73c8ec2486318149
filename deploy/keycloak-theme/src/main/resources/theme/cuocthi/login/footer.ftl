<#macro content>
<#-- Below the sign-in box: whose page this is, in the reader's language (messages_vi / messages_en). -->
<p id="cuocthi-footer" class="cuocthi-footer">${msg("cuocthiFooter")}</p>
</#macro>
