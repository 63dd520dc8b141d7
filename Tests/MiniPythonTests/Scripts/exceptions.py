# try/except/else/finally, raise, raise from, custom exceptions, the hierarchy, messages.

# --- try_except_basic
try:
    1 / 0
except ZeroDivisionError as e:
    print('caught:', e)

# --- try_else_finally
def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print('div by zero')
    else:
        print('ok', r)
    finally:
        print('finally')
f(2)
f(0)

# --- except_tuple
for v in ['a', [], 0]:
    try:
        if v == 'a':
            int(v)
        elif v == []:
            v[1]
        else:
            1 // v
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
    except Exception as e:
        print('other', type(e).__name__)

# --- bare_except_and_reraise
try:
    try:
        {}['k']
    except:
        print('handling')
        raise
except KeyError as e:
    print('outer got', repr(e))

# --- raise_custom_exception
class MyError(Exception):
    pass
raise MyError('something failed')

# --- custom_exception_with_init
class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f'{field}: {msg}')
        self.field = field
try:
    raise ValidationError('age', 'must be positive')
except ValueError as e:
    print(e.field, '|', e, '|', e.args)

# --- raise_from
try:
    try:
        int('x')
    except ValueError as e:
        raise RuntimeError('conversion failed') from e
except RuntimeError as e:
    print(e, '<-', repr(e.__cause__))

# --- raise_from_uncaught_shows_last
try:
    {}['a']
except KeyError as e:
    raise TypeError('bad lookup') from e

# --- raise_class_not_instance
raise ValueError

# --- raise_non_exception
raise 5

# --- exception_hierarchy
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError),
      issubclass(IndexError, LookupError), issubclass(ValueError, Exception),
      issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception),
      issubclass(UnboundLocalError, NameError), issubclass(ModuleNotFoundError, ImportError),
      issubclass(RecursionError, RuntimeError), issubclass(OverflowError, ArithmeticError),
      issubclass(NotImplementedError, RuntimeError), issubclass(StopIteration, Exception),
      issubclass(TimeoutError, OSError), issubclass(IndentationError, SyntaxError))

# --- exception_args_and_repr
e = ValueError('bad', 42)
print(e.args, str(e), repr(e), repr(ValueError()), str(KeyError('k')), repr(KeyError('k')))

# --- exception_str_empty
raise RuntimeError()

# --- exception_multiple_args_message
raise ValueError('a', 1)

# --- key_error_message_repr
d = {}
d['it\'s']

# --- finally_runs_on_return
def f():
    try:
        return 'from try'
    finally:
        print('finally runs')
f()

# --- finally_overrides_return
def f():
    try:
        return 1
    finally:
        return 2
f()

# --- exception_in_except_block
try:
    1 / 0
except ZeroDivisionError:
    undefined_name

# --- assert_statement
x = 5
assert x > 0
assert x < 0, f'x is {x}'

# --- assert_no_message
assert 1 == 2

# --- nested_try_finally_order
def f():
    try:
        try:
            raise ValueError('inner')
        finally:
            print('inner finally')
    except ValueError as e:
        print('caught', e)
    finally:
        print('outer finally')
f()

# --- exception_variable_cleared
try:
    1 / 0
except ZeroDivisionError as err:
    pass
err

# --- loop_break_in_finally_flow
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)

# --- isinstance_of_exception
try:
    [][0]
except LookupError as e:
    print(isinstance(e, IndexError), isinstance(e, KeyError), type(e).__name__)

# --- exception_caught_by_base_class
try:
    raise FileNotFoundError('missing.txt')
except OSError as e:
    print('OSError caught:', e)

# --- stop_iteration_in_next
it = iter([])
next(it)

# --- custom_exception_str_override
class E(Exception):
    def __str__(self):
        return 'custom text'
raise E('ignored')

# --- exception_from_builtin_int_parse
int('12a')

# --- int_parse_base
[int('ff', 16), int('0x1f', 16), int('101', 2), int(' 42 '), int('-7'), int('z', 36), int('0o17', 0)]

# --- int_parse_bad_base
int('9', 8)

# --- with_statement_context_manager
class CM:
    def __enter__(self):
        print('enter')
        return 'resource'
    def __exit__(self, exc_type, exc, tb):
        print('exit', exc_type.__name__ if exc_type else None)
        return False
with CM() as r:
    print('using', r)
with CM():
    raise ValueError('inside with')

# --- with_suppresses_exception
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('suppressing', repr(v))
        return True
with Suppress():
    1 / 0
print('after')

# --- exception_in_generator_propagates
def g():
    yield 1
    raise ValueError('from generator')
list(g())

# --- try_except_else_no_exception
try:
    x = 1
except Exception:
    print('no')
else:
    print('else', x)

# --- raise_in_finally_replaces
try:
    try:
        raise ValueError('first')
    finally:
        raise KeyError('second')
except Exception as e:
    print(type(e).__name__, e)

# --- except_star_not_needed_multiple_handlers
def classify(f):
    try:
        f()
    except ZeroDivisionError:
        return 'zero'
    except (TypeError, ValueError) as e:
        return type(e).__name__
    except Exception:
        return 'other'
    return 'fine'
[classify(lambda: 1 / 0), classify(lambda: int('x')), classify(lambda: None + 1), classify(lambda: [][1]), classify(lambda: 1)]

# --- system_exit_and_keyboard_interrupt_not_exception
try:
    raise KeyboardInterrupt
except Exception:
    print('not here')
except BaseException as e:
    print('base', type(e).__name__)

# --- stopiteration_value_attribute
e = StopIteration(5)
print(e.value, StopIteration().value, StopIteration(1, 2).value, e.args)
try:
    raise StopIteration('done')
except StopIteration as err:
    print(err.value, err)
