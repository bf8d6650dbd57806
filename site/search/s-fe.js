DossierSearch.shard("fe", {"fear":"3.8","fearing":"3.6","fears":"0.4,3.5","features":"0.6","fertile":"4.6","festivities":"3.6"});
