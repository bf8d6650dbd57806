DossierSearch.shard("ru", {"run":"2.6","runs":"3.6","russia":"0.1,1.1,1.1,1.1,1.1","russian":"0.1,1.1,1.1,1.1,1.1","russians":"3.8"});
