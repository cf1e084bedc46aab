// Neutral headlines in five languages for the phrasing batteries: the body carries the case, the title says
// only that an embassy was attacked.
export const T = 'Attack on embassy';
export const T_FR = "Attaque contre l'ambassade";
export const T_ES = 'Ataque contra la embajada';
export const T_DE = 'Angriff auf Botschaft';
export const T_AR = 'هجوم على السفارة';
