from generator.cli import main


def test_unknown_command_is_a_usage_error(capsys):
    assert main(["chek"]) == 2
    assert "Fehler im Aufruf" in capsys.readouterr().err
