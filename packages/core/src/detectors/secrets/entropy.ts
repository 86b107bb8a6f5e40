/**
 * Shannon entropy of a string in bits per character.
 * Random base64 scores about 5–6, random hex about 4, English words about 2.5–3.5.
 */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const probability = count / value.length;
    entropy -= probability * Math.log2(probability);
  }
  return entropy;
}

/** How many of the classes lower case, upper case and digit a string uses (0–3). */
export function characterClassCount(value: string): number {
  return (
    (/[a-z]/.test(value) ? 1 : 0) + (/[A-Z]/.test(value) ? 1 : 0) + (/[0-9]/.test(value) ? 1 : 0)
  );
}
