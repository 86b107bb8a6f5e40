// The verbs of an English request to disclose something: show, print, repeat, translate, summarise, "what
// is". The prompt-leak rules put them before what is to be disclosed (your system prompt, the text you were
// configured with).
export const DISCLOSE =
  '(?:print|reveal|repeat|show|display|output|tell|give|share|disclose|leak|dump|write(?:\\s+out|\\s+down)?|recite|provide|expose|list|return|spell\\s+out|paste|echo|state|read\\s+(?:out|back)|reproduce|quote|send|type\\s+out|encode|translate|convert|summari[sz]e|paraphrase|base64|what\\s+(?:is|are|was|were))';
