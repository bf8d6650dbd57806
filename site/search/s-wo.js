DossierSearch.shard("wo", {"work":"0.a","works":"4.6","work~":"4.6","world":"0.6,4.5","worst":"4.6","worth":"0.6"});
