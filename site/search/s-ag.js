DossierSearch.shard("ag", {"agenda":"0.4,1.2,1.3","aggravates":"3.6","aggressive":"4.8","agree":"3.6","agreed":"1.6","agreement":"0.1,1.2,1.1,2.1","agreements":"1.6"});
