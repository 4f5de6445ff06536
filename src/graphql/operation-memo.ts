/**
 * Values derived from an operation and its variables (a field's page and plan, an operation's
 * cost), kept per operation object and variable set. Yoga keeps each parsed document and
 * graphql-jit each compiled operation, so these objects stay the same from request to request.
 */
export class OperationMemo<Value> {
  private readonly byOperation = new WeakMap<object, Map<string, Value>>();

  // Variable sets remembered per operation: a client paging through a list sends a new cursor each time.
  private static readonly VARIABLE_SETS = 64;

  get(operation: object, variables: string): Value | undefined {
    return this.byOperation.get(operation)?.get(variables);
  }

  set(operation: object, variables: string, value: Value): void {
    let byVariables = this.byOperation.get(operation);
    if (!byVariables) this.byOperation.set(operation, (byVariables = new Map()));
    if (byVariables.size >= OperationMemo.VARIABLE_SETS) byVariables.clear();
    byVariables.set(variables, value);
  }

  /** The value for `operation` and `variables`, made by `make` the first time; a `make` that throws leaves nothing. */
  getOrMake(operation: object, variables: string, make: () => Value): Value {
    let value = this.get(operation, variables);
    if (value === undefined) {
      value = make();
      this.set(operation, variables, value);
    }
    return value;
  }
}
