import { HEDGE_EXPLANATIONS } from '@/lib/hedge-categories';
import type { HedgeCategory } from '@/lib/types';
import { CardFrame } from './CardFrame';

interface Props {
  category: HedgeCategory;
  phrase: string;
  onClose?: () => void;
}

export function HedgeCard({ category, phrase, onClose }: Props) {
  const explanation = HEDGE_EXPLANATIONS[category];
  return (
    <CardFrame kind="hedge" title={explanation.label} subtitle={`“${phrase}”`} onClose={onClose}>
      <p class="card-description">{explanation.meaning}</p>
      <p class="card-ask">
        <span class="card-label">Worth asking: </span>
        {explanation.ask}
      </p>
      <p class="card-asof">Describes the language, not whether the story is true.</p>
    </CardFrame>
  );
}
