import { describe, expect, it } from 'vitest';
import { headerScore } from '../../../shared/csv/alias-score';
import { headerKey } from '../../../shared/csv/header-key';
import { importFields } from '../../../shared/csv/fields';

const field = (id: string) => importFields.operations.find((f) => f.id === id)!;

describe('aliases read only at the start of a header', () => {
  it.each<[string, boolean]>([
    ['Fecha', true],
    ['Fecha de creación', true],
    ['Me considero una persona satisfecha(o) en todos los ámbitos de mi vida', false],
    ['Estoy satisfecha', false],
  ])('the date from %j: %s', (header, matches) => {
    expect(headerScore(field('date'), headerKey(header)) > 0).toBe(matches);
  });
});

describe('aliases read only as the whole header', () => {
  it.each<[string, string, boolean]>([
    ['thumbsUp', 'Me gusta', true],
    ['thumbsUp', 'helpful', true],
    ['thumbsUp', 'helpfulness', false],
    ['thumbsUp', 'Helpful votes', true],
    ['thumbsUp', 'Me gustaría ser más yo, expresarme como me gusta', false],
    ['thumbsDown', 'No me gusta', true],
    ['thumbsDown', 'No me gustaría cambiar de pareja', false],
  ])('%s from %j: %s', (id, header, matches) => {
    expect(headerScore(field(id), headerKey(header)) > 0).toBe(matches);
  });
});
