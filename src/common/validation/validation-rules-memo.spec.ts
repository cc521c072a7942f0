import { getMetadataStorage, IsInt, IsString, MaxLength, validate } from 'class-validator';
import { memoizeValidationRules } from './validation-rules-memo';

class Item {
  @IsString()
  @MaxLength(5)
  code!: string;
}

class Request extends Item {
  @IsInt()
  count!: number;
}

function request(code: unknown, count: unknown): Request {
  return Object.assign(new Request(), { code, count });
}

describe('memoizeValidationRules', () => {
  const storage = getMetadataStorage();
  memoizeValidationRules(storage);

  it('looks a class’s rules up once, however often it is validated', async () => {
    // The storage's own lookup walks every class with rules (its Map's entries()): the walks are counted.
    const walked = jest.spyOn((storage as unknown as { validationMetadatas: Map<unknown, unknown> }).validationMetadatas, 'entries');
    class Fresh {
      @IsString()
      name!: string;
    }
    walked.mockClear();
    for (let i = 0; i < 5; i++) expect(await validate(Object.assign(new Fresh(), { name: 'x' }))).toEqual([]);
    expect(walked).toHaveBeenCalledTimes(1);
    walked.mockRestore();
  });

  it('still applies inherited and own rules, and reports each failure', async () => {
    expect(await validate(request('ok', 3))).toEqual([]);
    const errors = await validate(request('far too long', 'three'));
    expect(errors.map((e) => [e.property, Object.keys(e.constraints ?? {}).sort()])).toEqual([
      ['count', ['isInt']],
      ['code', ['maxLength']],
    ]);
  });

  it('forgets what it kept when a rule is added, so a class loaded later is validated by all its rules', async () => {
    expect(await validate(request('ok', 3))).toEqual([]);
    // A rule added to the parent after the child was validated (a late-loaded decorator).
    IsInt()(Item.prototype, 'code');
    const errors = await validate(request('ok', 3));
    expect(errors.map((e) => [e.property, Object.keys(e.constraints ?? {})])).toEqual([['code', ['isInt']]]);
  });

  it('hands out frozen rule lists, so no caller can change another request’s rules', () => {
    const rules = storage.getTargetValidationMetadatas(Request, '', false, false);
    expect(Object.isFrozen(rules)).toBe(true);
    expect(storage.getTargetValidationMetadatas(Request, '', false, false)).toBe(rules);
    expect(Object.isFrozen(storage.groupByPropertyName(rules).code)).toBe(true);
  });

  it('installs once', () => {
    const lookUp = storage.getTargetValidationMetadatas;
    memoizeValidationRules(storage);
    expect(storage.getTargetValidationMetadatas).toBe(lookUp);
  });
});
