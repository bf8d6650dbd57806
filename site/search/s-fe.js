DossierSearch.shard("fe", {"fear":"4.8","fearing":"4.6","fears":"0.4,4.5","fear~":"0.4,4.6","features":"0.6","featur~":"0.6","fertile":"1.6","fertil~":"1.6","festivities":"4.6","festiv~":"4.6"});
