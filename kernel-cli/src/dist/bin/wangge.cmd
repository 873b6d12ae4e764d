@echo off
rem wangge: checks city data against the Zigong Measures (see "wangge --help").
rem Runs lib\wangge.jar beside this script's folder. Java 17 or later: %JAVA_HOME%\bin\java, else java on the PATH.
setlocal
set "WANGGE_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 %WANGGE_OPTS% -jar "%WANGGE_HOME%\lib\wangge.jar" %*
exit /b %ERRORLEVEL%
