/** A claim as its revision's analysis left it: ClaimResponse's fields but the review state, which is read live. */
export interface ClaimSnapshot {
  id: string;
  ordinal: number;
  text: string;
  start: number;
  end: number;
  checkworthiness: number;
  attribution: string;
  anonymous: boolean;
  unsourced: boolean;
  sources: {
    id: string;
    name: string;
    role: string;
    type: string;
    registered: boolean;
    outletId: string | null;
    person: string | null;
    confidence: number;
    cueStart: number;
    cueEnd: number;
  }[];
}
